import Foundation

/// Server folders taken out of text a user sees: an error from a file under the personas
/// root names the file from the root on (`hillside/sprites/momo/base.png`), never the
/// server's layout.
struct ServerPaths: Sendable {
    /// Each folder as given, absolute and with links followed; longest first, each ending in "/".
    private let prefixes: [String]

    init(_ folders: [String]) {
        var prefixes = Set<String>()
        for folder in folders where !folder.isEmpty {
            let url = URL(fileURLWithPath: folder)
            for path in [folder, url.standardized.path, url.resolvingSymlinksInPath().path] {
                prefixes.insert(path.hasSuffix("/") ? path : path + "/")
            }
        }
        self.prefixes = prefixes.sorted { $0.count > $1.count }
    }

    func hiding(in text: String) -> String {
        prefixes.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
    }
}

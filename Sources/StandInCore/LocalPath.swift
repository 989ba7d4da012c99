import Foundation

/// Paths a user's file names, kept inside the folder that owns them.
public enum LocalPath {
    /// `relative` under `home`, or nil when it could leave it as written: absolute, starting
    /// with `~`, empty, or with a `..` component.
    public static func inside(_ home: URL, relative: String) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~"), !parts.isEmpty, !parts.contains("..") else { return nil }
        return home.appendingPathComponent(relative).standardized.path
    }

    /// Whether `path`, with every symbolic link followed, is still inside `home` (also with
    /// its links followed): a link in the owner's folder cannot lead out of it.
    public static func resolves(_ path: String, inside home: URL) -> Bool {
        let root = home.resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}

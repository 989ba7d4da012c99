import Foundation

/// A fresh folder under the system temp dir, removed when the test drops it (kept when
/// `STANDIN_KEEP_TEST_FILES` is set, for looking at what a failing test saw).
public final class TemporaryFolder: @unchecked Sendable {  // immutable after init
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("standin-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        guard ProcessInfo.processInfo.environment["STANDIN_KEEP_TEST_FILES"] == nil else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Path of `name` inside the folder (not created).
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Names of the files in the folder, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// The repository root, found from this source file's location.
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A demo catalog's text (`assets/demo/NAME`) with its image paths made absolute, so a
/// test can edit it and write it anywhere.
public func demoCatalogText(_ name: String = "catalog.yaml") throws -> String {
    try String(contentsOfFile: repositoryPath("assets/demo/\(name)"), encoding: .utf8)
        .replacingOccurrences(of: "image: images/", with: "image: \(repositoryPath("assets/demo/images"))/")
}

/// A path inside the repository.
public func repositoryPath(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
}

import Foundation

/// Checks on a local path before libav opens it.
enum LocalFile {
    /// Throws when `path` is a folder (libav would try to read it as a stream and fail with an
    /// unclear error, or worse); a missing file is left to libav's own "No such file" error.
    /// `what` names the kind of file wanted in the error, e.g. "an image".
    static func requireRegular(_ path: String, what: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue { throw MediaIOError.invalidInput("'\(path)' is a folder, not \(what)") }
    }
}

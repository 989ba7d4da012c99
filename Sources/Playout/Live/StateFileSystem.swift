import Foundation

/// The few file operations the engine keeps its state folder with (the as-run log, its
/// quarantine, the on-air marker), behind one seam so a test can make the disk fail the way
/// real ones do (full, read-only, failing, a write that stops halfway) and check in-process
/// that nothing is lost, torn or written twice.
///
/// ```swift
/// let file = try files.openForAppending(path)   // created when missing
/// try file.appendWhole(line)                     // the whole line, synced, or the file as it was
/// ```
public protocol StateFileSystem: Sendable {
    /// `path` opened for writing at its end; created empty when missing.
    func openForAppending(_ path: String) throws -> StateFile
    /// `path` now holds `data` whole, or is as it was: written beside it (synced when `sync`)
    /// and renamed over it.
    func replace(_ path: String, with data: Data, sync: Bool) throws
    /// The file's bytes, nil when it does not exist.
    func contents(of path: String) -> Data?
    func remove(_ path: String)
}

/// An open file of the state folder.
public protocol StateFile: AnyObject {
    /// Its length in bytes (where the next write lands).
    func size() throws -> UInt64
    /// Appends `data`; may have written part of it when it throws (a disk that filled up).
    func write(_ data: Data) throws
    /// Flushes it to the disk (`fsync`).
    func sync() throws
    /// Cuts it back to `length` bytes.
    func truncate(to length: UInt64) throws
    func close()
}

extension StateFile {
    /// Appends `data` and syncs it, whole or not at all: when the write or the sync fails, the
    /// file is cut back to where it ended and the error thrown. If that cut fails too, `uncut`
    /// gets the length to cut back to before anything else is written.
    func appendWhole(_ data: Data, uncut: (UInt64) -> Void = { _ in }) throws {
        let end = try size()
        do {
            try write(data)
            try sync()
        } catch {
            do { try truncate(to: end) } catch { uncut(end) }
            throw error
        }
    }
}

/// The machine's file system.
public struct LocalStateFileSystem: StateFileSystem {
    public init() {}

    public func openForAppending(_ path: String) throws -> StateFile {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        return LocalStateFile(handle: try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
    }

    public func replace(_ path: String, with data: Data, sync: Bool) throws {
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        if sync {
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            try handle.synchronize()
        }
        guard rename(temporary, path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    public func contents(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

    public func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}

final class LocalStateFile: StateFile {
    let handle: FileHandle

    init(handle: FileHandle) { self.handle = handle }

    func size() throws -> UInt64 { try handle.seekToEnd() }
    func write(_ data: Data) throws { try handle.write(contentsOf: data) }
    func sync() throws { try handle.synchronize() }
    func truncate(to length: UInt64) throws { try handle.truncate(atOffset: length) }
    func close() { try? handle.close() }
}

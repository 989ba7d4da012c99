import Foundation

/// One writer per state folder: an exclusive `flock` on `<state>/lock`, held for the life of
/// the process (the kernel releases it when the process ends, SIGKILL included). The file
/// holds the holder's PID, so a second process can say who has it.
///
/// ```swift
/// let lock = try StateLock(folder: "state/room-1")   // throws StateLockError.held(pid:) if taken
/// ```
public final class StateLock: @unchecked Sendable {  // immutable after init; the descriptor is only closed in deinit
    public let path: String
    private let descriptor: Int32

    public init(folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = (folder as NSString).appendingPathComponent("lock")
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StateLockError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = Self.holder(path)
            close(descriptor)
            if reason == EWOULDBLOCK { throw StateLockError.held(path: path, pid: holder) }
            throw StateLockError.cannotOpen(path: path, reason: String(cString: strerror(reason)))
        }
        _ = ftruncate(descriptor, 0)
        try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: Data("\(getpid())\n".utf8))
    }

    deinit { close(descriptor) }   // releases the lock; the file stays (removing it would race a new holder)

    /// The PID written in the lock file, if it holds one.
    static func holder(_ path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

public enum StateLockError: Error, CustomStringConvertible {
    case held(path: String, pid: Int?)
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case let .held(path, pid):
            "\(path): the state folder is in use by another standin stream (PID \(pid.map(String.init) ?? "unknown")); "
                + "one process per --state: stop that one first or give this one its own folder"
        case let .cannotOpen(path, reason):
            "\(path): cannot lock the state folder (\(reason))"
        }
    }
}

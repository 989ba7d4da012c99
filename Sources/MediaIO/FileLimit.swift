import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's limit on open files (`RLIMIT_NOFILE`): every socket, log and picture the
/// engine opens takes one handle, so a long-running stream starts by raising its soft limit
/// to the hard one (what the system or the service unit allows).
///
/// ```swift
/// let limit = FileLimit.raise()
/// logger.info("open files: \(limit.before)→\(limit.soft) (hard \(limit.hard))")
/// ```
public struct FileLimit: Sendable, Equatable {
    /// The soft limit found at start.
    public var before: Int
    /// The soft limit now: what the process may open.
    public var soft: Int
    public var hard: Int
    /// Handles open when it was read (inherited ones included), from /proc/self/fd.
    public var openFiles: Int = 0
    /// Why it could not be raised (the soft limit is then unchanged).
    public var failure: String?

    /// The limits as they are, without changing them.
    public static func current() -> FileLimit {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else {
            return FileLimit(before: 1024, soft: 1024, hard: 1024, failure: "getrlimit: \(String(cString: strerror(errno)))")
        }
        return FileLimit(before: count(limit.rlim_cur), soft: count(limit.rlim_cur), hard: count(limit.rlim_max),
                         openFiles: openNow())
    }

    /// Raises the soft limit to the hard one. An unlimited hard limit is taken as the
    /// kernel's ceiling (`/proc/sys/fs/nr_open`), since that is what `setrlimit` accepts.
    @discardableResult
    public static func raise() -> FileLimit {
        var found = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &found) == 0 else { return current() }
        var result = FileLimit(before: count(found.rlim_cur), soft: count(found.rlim_cur), hard: count(found.rlim_max),
                               openFiles: openNow())
        var target = found.rlim_max
        if target == rlim_t.max { target = rlim_t(kernelCeiling()) }
        guard target > found.rlim_cur else { return result }
        var wanted = found
        wanted.rlim_cur = target
        if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &wanted) == 0 {
            result.soft = count(target)
        } else {
            result.failure = "setrlimit to \(target): \(String(cString: strerror(errno)))"
        }
        return result
    }

    /// `rlim_t.max` is RLIM_INFINITY (which Swift cannot import: it is `-1` cast).
    private static func count(_ value: rlim_t) -> Int {
        value == rlim_t.max || value > rlim_t(Int.max) ? Int.max : Int(value)
    }

    /// Entries of /proc/self/fd, less the one listing it takes (0 when it cannot be read).
    private static func openNow() -> Int {
        max(0, ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.count ?? 1) - 1)
    }

    private static func kernelCeiling() -> Int {
        let text = (try? String(contentsOfFile: "/proc/sys/fs/nr_open", encoding: .utf8)) ?? ""
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1_048_576
    }
}

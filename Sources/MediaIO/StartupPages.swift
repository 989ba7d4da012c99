import CFFmpeg
import Foundation

/// Releases what only start-up needed, once a long-running stream has loaded everything.
///
/// Loading a channel runs code that streaming never runs again: argument parsing, YAML,
/// the persona and catalog checks, ICU's time-zone data, the control server's set-up. Those
/// pages of the executable and the Swift, Foundation and codec libraries stay resident
/// (~40 MB at 720x1280: most of the process's file-backed pages) until the kernel needs the
/// memory. This unmaps them now (`madvise(MADV_DONTNEED)` on every read-only file mapping
/// whose pages are all the file's own; they stay in the page cache, shared and reclaimable)
/// and gives back freed heap (`malloc_trim`). Pages streaming uses map back in within its
/// first seconds (minor faults, no disk reads). Works for any user: the service runs as one.
///
/// ```swift
/// let released = StartupPages.release()   // right before the render loop starts
/// logger.info("start-up pages released: resident \(released.before / 1_048_576)→\(released.after / 1_048_576) MB")
/// ```
public enum StartupPages {
    public struct Release: Sendable {
        /// Resident bytes (VmRSS) before and just after.
        public var before: Int
        public var after: Int
        /// Why nothing was released (/proc/self/smaps unreadable), or nil.
        public var failure: String?
    }

    public static func release() -> Release {
        let before = residentBytes()
        let advised = standin_drop_clean_file_mappings()
        let failure = advised < 0 ? String(cString: strerror(Int32(-advised))) : nil
        return Release(before: before, after: residentBytes(), failure: failure)
    }

    /// The process's resident set (VmRSS), in bytes; 0 when /proc cannot be read.
    public static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }
}

import Foundation

/// As-run entries the disk did not take (full, read-only, failing), kept in memory in order
/// and written first once it takes them again, so a disk outage loses no entry while the
/// process lives. Bounded: past `limit` the oldest go (counted in `dropped`).
///
/// ```swift
/// var backlog = AsRunBacklog()
/// if let error = backlog.write(record, with: log.append) { logger.error("…", metadata: ["waiting": "\(backlog.count)"]) }
/// ```
struct AsRunBacklog {
    private(set) var entries: [AsRunRecord] = []
    private(set) var dropped = 0
    let limit: Int

    init(limit: Int = 10_000) { self.limit = limit }

    var count: Int { entries.count }

    /// Queues `record` (if any) behind what waits and writes in order until one fails; that
    /// failure, or nil when nothing waits any more.
    mutating func write(_ record: AsRunRecord?, with append: (AsRunRecord) throws -> Void) -> Error? {
        if let record {
            entries.append(record)
            let excess = entries.count - limit
            if excess > 0 {
                entries.removeFirst(excess)
                dropped += excess
            }
        }
        var written = 0
        defer { entries.removeFirst(written) }
        for entry in entries {
            do {
                try append(entry)
            } catch {
                return error
            }
            written += 1
        }
        return nil
    }
}

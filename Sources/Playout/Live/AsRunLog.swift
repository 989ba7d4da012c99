import Foundation
import Logging

/// The as-run log: one JSON object per aired segment, appended to
/// `<folder>/asrun-YYYY-MM-DD.jsonl` (the channel's local date of the segment start, so a
/// new file starts each day) and flushed to disk (`fsync`) before `append` returns, so an
/// entry written survives a SIGKILL. A line is written whole or not at all (a failed write
/// is truncated back); `repair` moves damaged lines aside at start.
public final class AsRunLog: @unchecked Sendable {  // one writer thread; `lock` guards `handle`
    public let folder: String
    private let timeZone: TimeZone
    private let files: StateFileSystem
    private let lock = NSLock()
    private var handle: StateFile?
    private var currentName = ""
    /// Where the file ended before a write that failed and could not be cut back either: cut
    /// there before the next line, so no line is ever glued onto half of one.
    private var cleanEnd: UInt64?

    public init(folder: String, timeZone: TimeZone, files: StateFileSystem = LocalStateFileSystem()) throws {
        self.folder = folder
        self.timeZone = timeZone
        self.files = files
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { handle?.close() }

    /// Appends `record` as one line and syncs it to disk; when it throws, the log is as it was.
    public func append(_ record: AsRunRecord) throws {
        var written = 0
        try append([record], written: &written)
    }

    /// Appends `records` in order, one write and one sync per file (a forward clock step
    /// logs a hundred skipped segments at once): all lines of a file or none. `written`
    /// counts the records on disk when it throws.
    public func append(_ records: [AsRunRecord], written: inout Int) throws {
        var start = 0
        defer { written = start }
        while start < records.count {
            let name = fileName(for: records[start].startTime)
            var end = start + 1
            while end < records.count, fileName(for: records[end].startTime) == name { end += 1 }
            var lines = Data()
            for record in records[start..<end] {
                lines.append(try JSONEncoder.standIn.encode(record))
                lines.append(UInt8(ascii: "\n"))
            }
            try write(lines, to: name)
            start = end
        }
    }

    private func write(_ line: Data, to name: String) throws {
        try lock.withLock {
            if name != currentName || handle == nil {
                if let cleanEnd, let handle { try handle.truncate(to: cleanEnd) }
                handle?.close()
                handle = nil
                cleanEnd = nil
                handle = try files.openForAppending((folder as NSString).appendingPathComponent(name))
                currentName = name
            }
            guard let handle else { return }
            if let cleanEnd {
                try handle.truncate(to: cleanEnd)
                self.cleanEnd = nil
            }
            // Whole lines only: a write that fails midway (a full disk) is cut back off, so the
            // next entry does not glue onto half a line.
            try handle.appendWhole(line) { cleanEnd = $0 }
        }
    }

    private func fileName(for date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "asrun-%04d-%02d-%02d.jsonl", day.year!, day.month!, day.day!)
    }

    /// Every record in `folder`, in plan order (by segment number). A last line cut short by a
    /// crash is skipped (and logged); a broken line elsewhere is an error naming file and line,
    /// or, with `skippingDamaged` (the engine, when `repair` could not move it aside), skipped
    /// and logged.
    public static func read(folder: String, logger: Logger? = nil, skippingDamaged: Bool = false) throws -> [AsRunRecord] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("asrun-") && $0.hasSuffix(".jsonl") }.sorted()
        var records: [AsRunRecord] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where !line.isEmpty {
                do {
                    records.append(try JSONDecoder.standIn.decode(AsRunRecord.self, from: Data(line.utf8)))
                } catch {
                    let isTornTail = name == names.last && number >= lines.count - 2
                    guard isTornTail || skippingDamaged else {
                        throw AsRunLogError.brokenLine(path: path, line: number + 1, reason: "\(error)")
                    }
                    logger?.warning(isTornTail ? "as-run log: skipping an unfinished last line" : "as-run log: skipping a damaged line",
                                    metadata: ["file": "\(path)", "line": "\(number + 1)"])
                }
            }
        }
        return records.sorted(by: AsRunRecord.inPlanOrder)   // the file a record lands in can go back with the clock
    }
}

public enum AsRunLogError: Error, CustomStringConvertible {
    case brokenLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .brokenLine(path, line, reason): "\(path):\(line): not an as-run record (\(reason))"
        }
    }
}

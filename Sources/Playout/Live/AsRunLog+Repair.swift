import Foundation
import Logging

extension AsRunLog {
    /// Moves every line of the log that is not an as-run record (half a line a kill or a full
    /// disk left, two entries glued together, garbage) to `<folder>/quarantine.txt`, as
    /// `file:line: text`, and rewrites its file without it; returns how many lines moved.
    /// The engine runs it at start, holding the state lock, so a damaged line is never fatal.
    @discardableResult
    public static func repair(folder: String, logger: Logger? = nil, files: StateFileSystem = LocalStateFileSystem()) throws -> Int {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("asrun-") && $0.hasSuffix(".jsonl") }.sorted()
        var moved = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            var good = Data(), bad: [(line: Int, text: Data)] = []
            for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            where !line.isEmpty {
                if (try? JSONDecoder.standIn.decode(AsRunRecord.self, from: Data(line))) != nil {
                    good.append(contentsOf: line)
                    good.append(UInt8(ascii: "\n"))
                } else {
                    bad.append((number + 1, Data(line)))
                }
            }
            guard !bad.isEmpty || (data.last.map { $0 != UInt8(ascii: "\n") } ?? false) else { continue }
            var aside = Data()
            for item in bad {
                aside.append(Data("\(path):\(item.line): ".utf8))
                aside.append(item.text)
                aside.append(UInt8(ascii: "\n"))
                logger?.warning("as-run log: a damaged line moved to quarantine.txt", metadata: [
                    "file": "\(path)", "line": "\(item.line)", "bytes": "\(item.text.count)",
                ])
            }
            if !aside.isEmpty {
                let quarantine = try files.openForAppending((folder as NSString).appendingPathComponent("quarantine.txt"))
                defer { quarantine.close() }
                try quarantine.appendWhole(aside)
            }
            try files.replace(path, with: good, sync: true)
            moved += bad.count
        }
        return moved
    }
}

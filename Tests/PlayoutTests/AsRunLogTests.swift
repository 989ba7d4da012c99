import Foundation
import Testing
import TestSupport
@testable import Playout

@Suite("As-run log")
struct AsRunLogTests {
    static func record(index: Int, start: Int, at time: Date) -> AsRunRecord {
        AsRunRecord(channel: "room.yaml", index: index, kind: .intro, productID: "tea-01", host: nil,
                    start: start, length: 48_000, startTime: time, endTime: time.addingTimeInterval(1),
                    ptsStart: start, ptsEnd: start + 48_000, personaVersion: "xiaolin 2+abc", lines: ["大家好。"],
                    blocked: [], destinations: ["main"])
    }

    @Test func aNewFileEachLocalDayAndEverythingReadsBackInOrder() throws {
        let folder = try TemporaryFolder()
        let shanghai = TimeZone(identifier: "Asia/Shanghai")!
        let log = try AsRunLog(folder: folder.url.path, timeZone: shanghai)
        let beforeMidnight = ISO8601DateFormatter().date(from: "2026-12-01T15:59:59Z")!   // 23:59:59 in Shanghai
        try log.append(Self.record(index: 0, start: 0, at: beforeMidnight))
        try log.append(Self.record(index: 1, start: 48_000, at: beforeMidnight.addingTimeInterval(1)))
        #expect(try folder.contents() == ["asrun-2026-12-01.jsonl", "asrun-2026-12-02.jsonl"])
        let read = try AsRunLog.read(folder: folder.url.path)
        #expect(read.map(\.index) == [0, 1])
        #expect(read[0] == Self.record(index: 0, start: 0, at: beforeMidnight))
    }

    @Test func aLastLineCutShortByACrashIsSkippedAndABrokenOneElsewhereIsAnError() throws {
        let folder = try TemporaryFolder()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!)
        let day = ISO8601DateFormatter().date(from: "2026-12-01T10:00:00Z")!
        try log.append(Self.record(index: 0, start: 0, at: day))
        let path = folder.path("asrun-2026-12-01.jsonl")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"blocked\":[],\"chan".utf8))   // SIGKILL mid-write
        try handle.close()
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0])

        let text = try String(contentsOfFile: path, encoding: .utf8)
        try ("garbage\n" + text).write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: AsRunLogError.self) { try AsRunLog.read(folder: folder.url.path) }
        #expect(error.description.hasPrefix("\(path):1:"))
    }

    @Test func damagedLinesGoToQuarantineAndTheRestReadsBack() throws {
        let folder = try TemporaryFolder()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!)
        let day = ISO8601DateFormatter().date(from: "2026-12-01T10:00:00Z")!
        try log.append(Self.record(index: 0, start: 0, at: day))
        let path = folder.path("asrun-2026-12-01.jsonl")
        let good = try String(contentsOfFile: path, encoding: .utf8)
        // Half a line a full disk left, with the next entry glued on; a whole entry; a torn tail.
        let torn = "{\"blocked\":[],\"chan"
        let second = good.replacingOccurrences(of: "\"index\":0", with: "\"index\":1")
        try (good + torn + second + second + torn).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: AsRunLogError.self) { try AsRunLog.read(folder: folder.url.path) }

        #expect(try AsRunLog.repair(folder: folder.url.path) == 2)
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1])
        let aside = try String(contentsOfFile: folder.path("quarantine.txt"), encoding: .utf8)
        #expect(aside == "\(path):2: \(torn)\(second)\(path):4: \(torn)\n")
        #expect(try AsRunLog.repair(folder: folder.url.path) == 0, "nothing left to move")
        let reopened = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!)   // as a new process
        try reopened.append(Self.record(index: 2, start: 96_000, at: day))
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1, 2])
    }
}

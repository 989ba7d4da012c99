import Foundation
@testable import Playout
import StandInCore
import Testing
import TestSupport

/// The real binary killed with SIGKILL at seeded random moments, some of them in the last
/// 100 ms of a segment, and started again each time on the same state folder: the as-run log
/// must tile exactly (consecutive indexes, no duplicate, no gap) and cover the wall time.
/// (What a restart logs after a kill at any moment is also proven in-process, in seconds:
/// `PlayoutTests/EngineScenarioTests.resumesAfterAKillWithoutLosingOrRepeatingEntries`.)
@Suite("standin stream: kill -9 and restart", .serialized)
struct RestartTilingTests {
    @Test func killedAnywhereTheAsRunLogTilesExactly() throws {
        let live = try LiveFixture()
        var random = SeededRandom(seed: 13, salt: "restart-tiling")
        let kills = 4
        let launched = Date()
        for kill in 0..<kills {
            let started = Date()
            let process = try live.stream(from: "09:00:00", speed: 1, seconds: 600, log: "run\(kill)")
            let clock = try Self.channelClock(live)
            let sleep: TimeInterval
            if kill % 2 == 1 {   // the last 100 ms of the segment on air (its planned end)
                let marker = try Self.segment(live, since: started, endingAfter: 0.4, clock: clock, process)
                let end = try #require(clock.realDate(atSample: marker.record.start + marker.record.length))
                sleep = end.timeIntervalSinceNow - Double(random.next(below: 100)) / 1000
            } else {
                _ = try Self.segment(live, since: started, endingAfter: 0, clock: clock, process)
                sleep = 0.2 + Double(random.next(below: 3_000)) / 1000
            }
            Thread.sleep(forTimeInterval: max(0, sleep))
            Foundation.kill(process.pid, SIGKILL)
            _ = process.wait(timeout: .seconds(5))
        }
        let last = try live.stream(from: "09:00:00", speed: 1, seconds: 5, log: "last")
        #expect(last.wait(timeout: .seconds(60)) == 0, "\(last.stderr.suffix(2000))")
        let ended = Date()

        let records = try AsRunLog.read(folder: live.statePath + "/asrun")
        let indices = records.map(\.index)
        let summary = records.map { "\($0.index)@\($0.start)+\($0.length)\($0.interrupted == true ? "!" : "")" }
        #expect(indices == Array(0..<records.count), "indexes not consecutive from 0: \(summary)")
        for (a, b) in zip(records, records.dropFirst()) {
            #expect(a.start + a.length == b.start, "gap or overlap between \(a.index) and \(b.index): \(summary)")
        }
        // One interrupted entry per kill that cut a segment (a kill in the last 100 ms may land
        // after the segment's entry was written: then it cut nothing yet).
        let interrupted = records.filter { $0.interrupted == true }
        #expect(interrupted.count >= kills / 2 && interrupted.count <= kills, "\(summary)")
        for cut in interrupted {
            let next = try #require(records.first { $0.index == cut.index + 1 }, "nothing after \(cut.index): \(summary)")
            let joined = try #require(next.resumedAt, "the restart's first segment says where it came on air: \(summary)")
            #expect(joined > next.start && joined - next.start < 10 * 48_000)
        }
        // The entries cover the wall time: from the first start to the last stop.
        let clock = try Self.channelClock(live)
        let first = try #require(clock.realDate(atSample: records[0].start)), end = try #require(clock.realDate(atSample: records.last!.start + records.last!.length))
        #expect(abs(first.timeIntervalSince(launched)) < 5, "first entry at \(first), launched \(launched)")
        #expect(abs(end.timeIntervalSince(ended)) < 5, "last entry ends \(end), stopped \(ended)")
        #expect(!FileManager.default.fileExists(atPath: live.statePath + "/on-air.json"), "a clean stop leaves no marker")
    }

    /// A second `standin stream` on the same state folder exits at once naming the first's PID.
    @Test func aSecondWriterOnTheSameStateIsRefused() throws {
        let live = try LiveFixture()
        let first = try live.stream(from: "09:00:00", speed: 1, seconds: 600, log: "first")
        defer { first.kill() }
        _ = try Self.segment(live, since: Date(), endingAfter: 0, clock: try Self.channelClock(live), first)
        let second = try live.stream(from: "09:00:00", speed: 1, seconds: 600, log: "second")
        let status = second.wait(timeout: .seconds(30))
        #expect(status == 1, "\(second.stderr.suffix(1000))")
        #expect(second.stderr.contains("state/lock: the state folder is in use by another standin stream (PID \(first.pid))"),
                "\(second.stderr.suffix(1000))")
        #expect(first.isRunning)
    }

    /// Half a line and garbage in the log (a full disk, a kill mid-write) no longer stop a
    /// start: they go to quarantine.txt, the stream runs, the log reads back whole.
    @Test func damagedAsRunLinesAreMovedAsideAndTheStreamStarts() throws {
        let live = try LiveFixture()
        let damaged = "not a record\n{\"blocked\":[],\"chan"
        try live.folder.write("state/asrun/asrun-2026-12-01.jsonl", damaged)
        let stream = try live.stream(from: "09:00:00", speed: 4, seconds: 8, log: "stream")
        #expect(stream.wait(timeout: .seconds(60)) == 0, "\(stream.stderr.suffix(2000))")
        #expect(stream.stderr.components(separatedBy: "damaged line moved to quarantine.txt").count == 3, "\(stream.stderr.prefix(2000))")
        let aside = try String(contentsOfFile: live.statePath + "/asrun/quarantine.txt", encoding: .utf8)
        #expect(aside.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }
                == ["not a record", "{\"blocked\":[],\"chan"])
        let records = try AsRunLog.read(folder: live.statePath + "/asrun")
        #expect(records.count >= 2 && records.map(\.index) == Array(0..<records.count))
    }

    /// The channel clock the state folder holds (its simulated start and speed).
    static func channelClock(_ live: LiveFixture) throws -> StreamState {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: live.statePath + "/stream-state.json"),
               let state = try? JSONDecoder.standIn.decode(StreamState.self, from: data) {
                return state
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw CocoaError(.fileNoSuchFile)
    }

    /// The on-air marker of a segment this process began airing after `since`, whose planned
    /// end is at least `seconds` away.
    static func segment(_ live: LiveFixture, since: Date, endingAfter seconds: TimeInterval, clock: StreamState,
                        _ process: BackgroundProcess) throws -> OnAirMarker {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let marker = OnAirFile.load(folder: live.statePath), marker.updated > since,
               let end = clock.realDate(atSample: marker.record.start + marker.record.length), end.timeIntervalSinceNow > seconds {
                return marker
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("no segment on air: \(process.stderr.suffix(2000))")
        throw CocoaError(.fileNoSuchFile)
    }
}

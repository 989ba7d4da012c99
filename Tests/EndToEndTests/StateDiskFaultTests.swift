import Foundation
@testable import Playout
import StandInCore
import Testing
import TestSupport

/// The real binary with a state folder whose disk stops taking writes (a preload library
/// refuses `write(2)` under it, or tears a line in half) and takes them again: nothing aired
/// is lost or written twice, a restart in the middle resumes from what the log holds, and a
/// disk that refuses at start does not keep the room off air.
@Suite("standin stream: a state disk that refuses writes", .serialized)
struct StateDiskFaultTests {
    let folder: TemporaryFolder
    let shim: DiskFaultShim
    let channel: String
    var state: String { folder.path("state") }

    init() throws {
        folder = try TemporaryFolder()
        shim = try DiskFaultShim(folder: folder)
        channel = try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            video: {size: 144x256, fps: 30}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: \(folder.path("rec/room.flv"))}
            """)
    }

    func stream(seconds: Int, mode: DiskFaultShim.Mode, log: String, refusing: String? = nil, speed: Int = 0) throws -> BackgroundProcess {
        try BackgroundProcess("env", shim.environment(refusingUnder: refusing ?? state, mode: mode) + [standinBinary(),
            "stream", "--channel", channel, "--state", state, "--from", "2026-12-01T14:00:00+08:00",
            "--speed", "\(speed)", "--duration", "\(seconds)", "--lookahead", "1",
        ], logPrefix: folder.path(log))
    }

    func entries() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: state + "/asrun")) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.reduce(0) { count, name in
            count + ((try? String(contentsOfFile: state + "/asrun/" + name, encoding: .utf8))?.split(separator: "\n").count ?? 0)
        }
    }

    /// The number of the segment the on-air marker says is airing.
    func onAirIndex() -> Int? {
        guard let data = FileManager.default.contents(atPath: state + "/on-air.json") else { return nil }
        return (try? JSONDecoder.standIn.decode(OnAirMarker.self, from: data))?.record.index
    }

    /// Waits until `condition` holds (at most `timeout` seconds); false when it never did.
    func waitFor(_ timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    @Test("torn and refused writes for a while: every entry lands once, in order, whole")
    func refusedThenAcceptedLosesNothing() throws {
        let process = try stream(seconds: 1_200, mode: .short, log: "run")
        #expect(waitFor(120) { entries() >= 3 }, "\(process.stderr.suffix(1_000))")
        shim.refuse()
        let refusedAt = entries()
        #expect(waitFor(60) { process.stderr.contains("as-run log: cannot write; entries wait in memory") })
        Thread.sleep(forTimeInterval: 1.5)   // more segments end while the disk refuses
        shim.accept()
        let status = process.wait(timeout: .seconds(600))
        if status == nil { process.kill() }
        #expect(status == 0, "\(process.stderr.suffix(2_000))")
        let written = try #require(process.stderr.split(separator: "\n").first { $0.contains("as-run log: written again") })
        let waited = Int(written.split(separator: "entries=").last?.prefix { $0.isNumber } ?? "") ?? 0
        #expect(waited >= 2, "several entries waited: \(written)")

        let records = try AsRunLog.read(folder: state + "/asrun")
        let summary = records.map { "\($0.index)@\($0.start)+\($0.length)" }
        #expect(records.map(\.index) == Array(0..<records.count), "\(summary)")
        for (a, b) in zip(records, records.dropFirst()) {
            #expect(a.start + a.length == b.start, "gap or overlap between \(a.index) and \(b.index)")
        }
        #expect(records.count > refusedAt + waited - 1)
        #expect(!FileManager.default.fileExists(atPath: state + "/asrun/quarantine.txt"), "no torn line was left")
    }

    /// Only the as-run files refuse here (the on-air marker is still written), so the restart
    /// logs the segment that was on air at the kill after a run of entries that never landed:
    /// the log's numbers jump, as they do in logs from before the backlog existed. Paced at 10x
    /// so the segment on air at the kill has aired a while (its marker has beats).
    @Test("killed while entries wait: the restart numbers on, keeps the plan and says what is missing")
    func killedWithEntriesWaitingResumesFromTheLog() throws {
        let first = try stream(seconds: 1_200, mode: .refuse, log: "first", refusing: state + "/asrun", speed: 10)
        #expect(waitFor(120) { entries() >= 3 }, "\(first.stderr.suffix(1_000))")
        shim.refuse()
        #expect(waitFor(60) { first.stderr.contains("as-run log: cannot write; entries wait in memory") })
        let logged = entries()
        #expect(waitFor(60) { (onAirIndex() ?? 0) >= logged + 3 }, "segments go on air while their entries wait")
        Thread.sleep(forTimeInterval: 0.3)   // some of it airs
        first.kill()
        _ = first.wait(timeout: .seconds(10))
        shim.accept()
        let before = try AsRunLog.read(folder: state + "/asrun")

        let second = try stream(seconds: 120, mode: .refuse, log: "second")
        let status = second.wait(timeout: .seconds(300))
        if status == nil { second.kill() }
        #expect(status == 0, "\(second.stderr.suffix(2_000))")
        #expect(second.stderr.contains("as-run log: segments aired without an entry"), "\(second.stderr.prefix(3_000))")
        #expect(!second.stderr.contains("differ from the current plan"), "no false 'channel changed': \(second.stderr.prefix(3_000))")

        let records = try AsRunLog.read(folder: state + "/asrun")
        let indices = records.map(\.index)
        let summary = records.map { "\($0.index) \($0.kind.rawValue)@\($0.start)+\($0.length)\($0.interrupted == true ? "!" : "")" }
        #expect(Set(indices).count == indices.count, "no number twice: \(summary)")
        #expect(indices == indices.sorted(), "numbers only grow: \(indices)")
        #expect(records.count > before.count)
        let jumps = zip(indices, indices.dropFirst()).filter { $1 - $0 > 1 }
        #expect(!jumps.isEmpty, "the entries the disk refused are missing (\(indices)): the case this test is about\n\(first.stderr.suffix(3_000))\n\(second.stderr.prefix(3_000))")
        for (a, b) in zip(records, records.dropFirst()) {
            #expect(a.start + a.length <= b.start, "overlap between \(a.index) and \(b.index)")
        }
    }

    @Test("a damaged line and a disk that refuses at start: the stream still starts and runs")
    func aRefusingDiskAtStartDoesNotKeepTheRoomOffAir() throws {
        let warmUp = try stream(seconds: 60, mode: .refuse, log: "warm-up")
        #expect(warmUp.wait(timeout: .seconds(300)) == 0, "\(warmUp.stderr.suffix(1_000))")
        let log = try #require(try FileManager.default.contentsOfDirectory(atPath: state + "/asrun").first { $0.hasSuffix(".jsonl") })
        let path = state + "/asrun/" + log
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("{\"channel\":\"room\",\"ind", at: 1)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        shim.refuse()
        let process = try stream(seconds: 120, mode: .refuse, log: "refusing")
        #expect(waitFor(120) { process.stderr.contains("as-run log: cannot write; entries wait in memory") },
                "\(process.stderr.suffix(2_000))")
        shim.accept()
        let status = process.wait(timeout: .seconds(300))
        if status == nil { process.kill() }
        #expect(status == 0, "\(process.stderr.suffix(2_000))")
        #expect(process.stderr.contains("as-run log: cannot move damaged lines aside now"), "\(process.stderr.prefix(2_000))")
        let records = try AsRunLog.read(folder: state + "/asrun", skippingDamaged: true)
        #expect(records.last.map { $0.start + $0.length } ?? 0 >= 170 * MediaClock.sampleRate, "the second run aired and was logged")
    }
}

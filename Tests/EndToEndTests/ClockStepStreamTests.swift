import Foundation
import Testing
import TestSupport

/// The real binary on a live stream to a local nginx-rtmp while libfaketime (Debian's
/// `faketime`) steps its wall clock forward an hour, then back ten minutes; the monotonic
/// clock stays real (`FAKETIME_DONT_FAKE_MONOTONIC`). A player notes when each audio packet
/// reaches it: packets never stop and never burst. The as-run log says what happened, with
/// the times things really aired.
@Suite("standin stream: the wall clock steps under a live stream", .serialized)
struct ClockStepStreamTests {
    static let library = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"

    @Test func theStreamNeitherFreezesNorBurstsAndTheAsRunSaysWhatHappened() throws {
        try #require(FileManager.default.fileExists(atPath: Self.library), "libfaketime: run scripts/setup (Debian package faketime)")
        let live = try LiveFixture()
        let control = live.folder.path("faketime.rc")
        func setWallClock(_ offset: String) throws { try (offset + "\n").write(toFile: control, atomically: true, encoding: .utf8) }
        try setWallClock("+0")
        // Under the preload as a shell's child: started directly under it, the binary can lose
        // its arguments. The offset in `control` is read again at every wall-clock read.
        func stream(seconds: Int, log: String) throws -> BackgroundProcess {
            try BackgroundProcess("env", [
                "LD_PRELOAD=\(Self.library)", "FAKETIME_TIMESTAMP_FILE=\(control)", "FAKETIME_NO_CACHE=1",
                "FAKETIME_DONT_FAKE_MONOTONIC=1", "/bin/sh", "-c", "\"$0\" \"$@\"", standinBinary(),
                "stream", "--channel", live.channelPath, "--state", live.statePath, "--from", "2026-12-01T10:00:00+08:00",
                "--speed", "1", "--duration", "\(seconds)", "--status-every", "5", "--lookahead", "1",
            ], logPrefix: live.folder.path(log))
        }
        let engine = try stream(seconds: 26, log: "stream")
        try live.server.waitUntil(timeout: .seconds(30), "the engine publishing") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        let player = try PacketArrivals(url: live.server.url(app: "live", stream: live.mainKey), logPrefix: live.folder.path("player"))
        Thread.sleep(forTimeInterval: 6)
        try setWallClock("+3600")   // forward 1 h
        Thread.sleep(forTimeInterval: 7)
        try setWallClock("+3000")   // back 10 min: an NTP correction, a VM restored from a snapshot
        #expect(engine.wait(timeout: .seconds(60)) == 0, "\(engine.stderr.suffix(3000))")
        player.stop()

        // Never stops, never bursts: arrival minus pts stays put (a frozen output would open
        // a gap; a burst would pull arrivals ahead of the stream's own time).
        // From 4 s in: a player joining gets the server's buffered start at once.
        let packets = player.packets.filter { $0.pts >= (player.packets.first?.pts ?? 0) + 4 }
        try #require(packets.count > 500, "the player saw \(player.packets.count) audio packets")
        let gaps = zip(packets, packets.dropFirst()).map { $1.wall - $0.wall }
        #expect(gaps.max()! < 1.0, "the longest pause between packets: \(gaps.max()!) s")
        let lags = packets.map { $0.wall - $0.pts }
        let bySecond = Dictionary(grouping: packets, by: { Int($0.pts) }).sorted { $0.key < $1.key }
            .map { "\($0.key): \(String(format: "%.2f", $0.value.map { $0.wall - $0.pts }.max()!))" }
        #expect(lags.max()! - lags.min()! < 1.0, "arrival minus pts moved \(lags.max()! - lags.min()!) s: \(bySecond)")
        #expect(packets.last!.pts - packets.first!.pts > 18, "\(packets.last!.pts - packets.first!.pts) s of stream read")

        // The as-run log: both steps as events with their sizes; the segments the forward
        // step jumped over logged as skipped; every aired entry's times measured.
        let records = try live.asRun().sorted { ($0["index"] as! Int) < ($1["index"] as! Int) }
        func steps(_ record: [String: Any]) -> [Int] {
            (record["events"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "clockStep" }.compactMap { $0["stepMilliseconds"] as? Int }
        }
        // The first segment of each rebuilt plan holds its step (in seconds: +3600, then -600);
        // the segment the forward step cut holds it too.
        let replanned = records.filter { $0["replanned"] as? Bool == true }
        try #require(replanned.count == 2, "\(records.map(steps))")
        let seconds = { (milliseconds: [Int]) in milliseconds.map { Int((Double($0) / 1_000).rounded()) } }
        #expect(seconds(steps(replanned[0])).last == 3_600 && seconds(steps(replanned[1])) == [-600], "\(replanned.map(steps))")
        let cuts = records.flatMap { ($0["events"] as? [[String: Any]] ?? []) }.filter { ($0["detail"] as? String ?? "").hasPrefix("cut") }
        #expect(seconds(cuts.compactMap { $0["stepMilliseconds"] as? Int }) == [3_600])
        let skipped = records.filter { $0["skipped"] as? Bool == true }
        #expect(skipped.count > 30, "an hour of planned segments jumped over: \(skipped.count)")
        #expect(engine.stderr.contains("wall clock stepped"))

        let formatter = ISO8601DateFormatter()
        let aired = records.filter { $0["skipped"] as? Bool != true }
        let joins = zip(aired, aired.dropFirst()).map { previous, next in
            formatter.date(from: next["startTime"] as! String)!.timeIntervalSince(formatter.date(from: previous["endTime"] as! String)!)
        }
        // Back to back, except where the wall clock stepped (ISO 8601 keeps whole seconds).
        #expect(joins.filter { abs($0) > 1.5 }.map { ($0 / 100).rounded() * 100 } == [3_600, -600], "\(joins)")

        // One recording, one continuous timeline through both steps.
        let files = try live.recordings()
        try #require(files.count == 1)
        let video = try PacketList(path: files[0], stream: "v:0")
        #expect(video.dtsIncreasing && video.ptsDistinct && video.largestPTSStep < 0.04, "largest step \(video.largestPTSStep) s")
        #expect((video.endTime ?? 0) >= 26 - 0.1, "\(video.endTime ?? 0) s recorded")

        // The wall clock set right while the process is down (its log now ends 50 min ahead):
        // the restart airs at once, replans from the wall time, and replays the log without
        // calling the steps a changed channel.
        try setWallClock("+0")
        let started = ContinuousClock.now
        let restart = try stream(seconds: 4, log: "restart")
        #expect(restart.wait(timeout: .seconds(40)) == 0, "\(restart.stderr.suffix(2000))")
        #expect(started.duration(to: .now) < .seconds(30))
        #expect(restart.stderr.contains("wall clock stepped") && !restart.stderr.contains("channel file or seed changed"),
                "\(restart.stderr.suffix(2000))")
        let after = try live.asRun().filter { $0["replanned"] as? Bool == true }.map(steps)
        try #require(after.count == 3, "\(after)")
        #expect(after[2].count == 1 && abs(after[2][0] + 3_000_000) < 30_000, "\(after)")
    }
}

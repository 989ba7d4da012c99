import Foundation
import Testing
import TestSupport

/// Relay mode against a host whose encoder runs slower than real time: the real binary on a
/// simulated clock at real speed, a real nginx-rtmp, and the ffmpeg CLI reading testsrc2 and
/// a 1 kHz tone at 0.95 × real time (timestamps at 30 fps) into the ingest. A player of the
/// engine's stream notes when each audio packet reaches it; the recording is decoded.
@Suite("standin stream: a relayed host off the channel's clock", .serialized)
struct RelayClockTests {
    @Test func aSlowHostIsHeldToTheClockByRepeatedFramesWithTheirSound() throws {
        let live = try LiveFixture(shift: "10:01-10:02", relayStableSeconds: 2)
        let host = try TestPublisher.start(live.ingestURL, size: "160x288", fps: 30, readRate: 0.95,
                                           logPrefix: live.folder.path("host"))
        defer { kill(host.pid, SIGKILL) }
        try live.server.waitUntil(timeout: .seconds(10), "the host publishing") {
            try live.server.isPublishing(app: "live", stream: live.ingestStream)
        }
        // 4 s of the virtual host, then the host for 32 s (--lookahead 1: the low mark at 0.75 s).
        let engine = try live.stream(from: "10:00:56", speed: 1, seconds: 36, log: "stream")
        try live.server.waitUntil(timeout: .seconds(20), "the engine publishing") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        let player = try PacketArrivals(url: live.server.url(app: "live", stream: live.mainKey), logPrefix: live.folder.path("player"))
        #expect(engine.wait(timeout: .seconds(90)) == 0, "\(engine.stderr.suffix(2000))")
        player.stop()

        // The switches, and the frames the engine repeated: logged while it happens and in the
        // block's as-run entry (5 % of ~960 frames, less what the lead had above the low mark).
        #expect(RelayStreamTests.switches(in: engine.stderr).map { "\($0.to) \($0.reason)" } == ["human shiftStarted", "virtual shiftEnded"])
        let records = try live.asRun()
        let human = try #require(records.first { $0["kind"] as? String == "human" })
        let counts = human["feedFrames"] as? [String: Int]
        #expect((20...70).contains(counts?["repeated"] ?? 0) && counts?["dropped"] == 0, "\(String(describing: counts))")
        #expect(engine.stderr.contains("relay feed paced") && engine.stderr.contains("repeated_total="))
        // On the output (seconds of pts): the host from the shift's start to the block's end.
        let switches = try #require(human["switches"] as? [[String: Any]])
        let on = Double((switches[0]["at"] as! Int) - (human["start"] as! Int) + (human["ptsStart"] as! Int)) / 48_000
        let off = Double(human["ptsEnd"] as! Int) / 48_000
        try #require(off - on > 30, "the host on air from \(on) s to \(off) s")

        // The stream at the player keeps to the wall clock: arrival minus pts moves less than
        // 0.25 s over the host's time on air (at 0.95 it would grow 0.05 s a second once the
        // lead is used up: ~0.8 s by the end).
        let packets = player.packets.filter { $0.pts >= on + 1 && $0.pts <= off - 1 }
        try #require(packets.count > 1_000, "the player saw \(player.packets.count) audio packets")
        func lag(_ slice: ArraySlice<(wall: Double, pts: Double)>) -> Double {
            let lags = slice.map { $0.wall - $0.pts }.sorted()
            return lags[lags.count / 2]
        }
        let drift = lag(packets.suffix(94)) - lag(packets.prefix(94))   // medians over 2 s at each end
        #expect(abs(drift) < 0.25, "the output fell \(drift) s behind the wall clock over \(off - on - 2) s")

        // The recording: video pts continuous at 30 fps; the host's tone goes on without a hole.
        let files = try live.recordings()
        try #require(files.count == 1)
        let video = try PacketList(path: files[0], stream: "v:0")
        #expect(video.dtsIncreasing && video.ptsDistinct && video.largestPTSStep < 0.04)
        let length = (video.endTime ?? 0) - (video.firstPTS ?? 0)
        #expect(abs(Double(video.count) - length * 30) < 1.5, "\(video.count) frames in \(length) s")
        let sound = try DecodedAudio(path: files[0])
        let span = Array(sound.samples[Int((on + 1) * 48_000)..<min(sound.samples.count, Int((off - 0.5) * 48_000))])
        #expect(abs(Signal.zeroCrossingsPerSecond(span, rate: 48_000) - 2_000) < 50, "the host's 1 kHz tone")
        let windows = stride(from: 0, to: span.count - 480, by: 480).map { Signal.rms(Array(span[$0..<$0 + 480])) }.sorted()
        let typical = windows[windows.count / 2]
        #expect(typical > 0.05 && windows[0] > 0.3 * typical, "no dropout where frames were repeated: \(windows[0]) against \(typical)")
        let shares = stride(from: 0, to: span.count - 2_400, by: 2_400).map { Signal.toneShare(Array(span[$0..<$0 + 2_400]), hz: 1_000, rate: 48_000) }
        #expect(shares.sorted()[shares.count / 10] > 0.8, "the tone, not noise, in 90 % of 50 ms windows")
    }
}

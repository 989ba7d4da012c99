import Foundation
import Testing
import TestSupport

/// Relay mode end to end: the real binary on a simulated clock at real speed, a real
/// nginx-rtmp, and the ffmpeg CLI as the human host publishing testsrc2 with a 1 kHz tone to
/// the ingest URL. The output is checked by decoding: pictures, tone, timestamps.
@Suite("standin stream: relay mode", .serialized)
struct RelayStreamTests {
    /// The persona's background, where the virtual host is on air (top-right corner).
    static let background = (r: 243, g: 234, b: 223)

    struct LogTimeout: Error, CustomStringConvertible { var description: String }

    /// Waits until the engine has logged `text` `count` times.
    static func waitForLog(_ engine: BackgroundProcess, _ text: String, count: Int = 1, timeout: Duration) throws {
        let deadline = ContinuousClock.now + timeout
        while engine.stderr.components(separatedBy: text).count - 1 < count {
            guard ContinuousClock.now < deadline, engine.isRunning else {
                throw LogTimeout(description: "no '\(text)' in the engine's log:\n\(engine.stderr.suffix(3000))")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The engine's `relay switch` log lines as (to, reason, feed_silent_ms).
    static func switches(in log: String) -> [(to: String, reason: String, silentMs: Int)] {
        log.components(separatedBy: "\n").filter { $0.hasSuffix("relay switch") }.map { line in
            func field(_ name: String) -> String {
                line.components(separatedBy: " \(name)=").dropFirst().first?.prefix { $0 != " " }.description ?? ""
            }
            return (field("to"), field("reason"), Int(field("feed_silent_ms")) ?? -1)
        }
    }

    /// Every frame of `path` shrunk to 18x32 (10 px blocks), enough to tell who is on air.
    static func tinyFrames(_ path: String) throws -> DecodedVideo {
        let small = path + ".tiny.mkv"
        try FFprobe.run("ffmpeg", ["-v", "error", "-y", "-i", path, "-vf", "scale=18:32", "-fps_mode", "passthrough",
                                   "-c:v", "ffv1", small])
        return try DecodedVideo(path: small, width: 18, height: 32)
    }

    static func isVirtual(_ video: DecodedVideo, _ frame: Int) -> Bool {
        let p = video.pixel(frame, x: 17, y: 0)
        return abs(p.r - background.r) + abs(p.g - background.g) + abs(p.b - background.b) < 45
    }

    static func isBlack(_ p: (r: Int, g: Int, b: Int)) -> Bool { p.r + p.g + p.b < 60 }

    @Test func relaysTheHostFallsBackWhenTheFeedDiesAndTakesANewFeedBack() throws {
        let live = try LiveFixture(shift: "10:01-10:02", relayStableSeconds: 2)
        let hostA = try TestPublisher.start(live.ingestURL, size: "320x240", fps: 25, logPrefix: live.folder.path("host-a"))
        defer { kill(hostA.pid, SIGKILL) }
        try live.server.waitUntil(timeout: .seconds(10), "host A publishing") {
            try live.server.isPublishing(app: "live", stream: live.ingestStream)
        }
        let engine = try live.stream(from: "10:00:56", speed: 1, seconds: 66, log: "stream")   // to the welcome-back line
        try live.server.waitUntil(timeout: .seconds(20), "the engine publishing") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        let reader = try BackgroundProcess("timeout", ["-k", "2", "110", "ffmpeg", "-v", "error", "-rw_timeout", "3000000",
                                                       "-i", live.server.url(app: "live", stream: live.mainKey), "-c", "copy",
                                                       "-f", "flv", live.folder.path("read-live.flv")],
                                           logPrefix: live.folder.path("reader-live"))
        try Self.waitForLog(engine, "reason=shiftStarted", timeout: .seconds(30))
        Thread.sleep(forTimeInterval: 6)
        kill(hostA.pid, SIGKILL)
        try Self.waitForLog(engine, "reason=feedStalled", timeout: .seconds(10))
        Thread.sleep(forTimeInterval: 1)
        let hostB = try TestPublisher.start(live.ingestURL, size: "240x426", fps: 25, logPrefix: live.folder.path("host-b"))
        defer { kill(hostB.pid, SIGKILL) }
        try Self.waitForLog(engine, "reason=feedStable", timeout: .seconds(20))
        #expect(engine.wait(timeout: .seconds(90)) == 0, "\(engine.stderr.suffix(2000))")
        _ = reader.wait(timeout: .seconds(10))

        // Every switch is logged with its reason; the drop was seen within 1 s of the last packet.
        let logged = Self.switches(in: engine.stderr)
        #expect(logged.map(\.to) == ["human", "virtual", "human", "virtual"], "\(logged)")
        let stall = try #require(logged.first { $0.reason == "feedStalled" })
        #expect((450...1_000).contains(stall.silentMs), "the drop was noticed \(stall.silentMs) ms after the last packet")
        let records = try live.asRun()
        let human = try #require(records.first { $0["kind"] as? String == "human" })
        let switches = try #require(human["switches"] as? [[String: Any]])
        #expect(switches.map { "\($0["to"]!) \($0["reason"]!)" }
                == ["human shiftStarted", "virtual feedStalled", "human feedStable", "virtual shiftEnded"])
        #expect(human["length"] as? Int == 60 * 48_000)
        #expect((human["lines"] as? [String])?.contains("我们的主播马上回来，大家不要走开哦。") == true, "the bridge line aired")
        #expect(records.contains { $0["kind"] as? String == "welcome_back" })
        // Switch times on the output (seconds of pts).
        let ptsStart = human["ptsStart"] as! Int, start = human["start"] as! Int
        let at = switches.map { Double(($0["at"] as! Int) - start + ptsStart) / 48_000 }

        // One session at the server and in the recording: no reconnect, no gap, no drift.
        #expect(!engine.stderr.contains("reconnects 1") && !engine.stderr.contains("reconnects 0/1"))
        let files = try live.recordings()
        try #require(files.count == 1, "\(files)")
        let read = try PacketList(path: live.folder.path("read-live.flv"), stream: "v:0")
        #expect(read.dtsIncreasing && read.largestPTSStep < 0.04, "the server's copy has a gap: \(read.largestPTSStep)")
        #expect((read.endTime ?? 0) - (read.firstPTS ?? 0) > 60, "the server's copy ends early")
        let video = try PacketList(path: files[0], stream: "v:0"), audio = try PacketList(path: files[0], stream: "a:0")
        #expect(video.dtsIncreasing && video.ptsDistinct && video.largestPTSStep < 0.04)
        #expect(audio.dtsIncreasing && audio.largestPTSStep < 0.03)
        #expect(abs((video.endTime ?? 0) - (audio.endTime ?? 0)) < 0.06)

        // Pictures: host A's pattern letterboxed (black bars, no AI label), then the virtual host
        // from the very next frame after the drop, then host B's taller pattern filling the frame.
        let frames = try Self.tinyFrames(files[0])
        let fps = 30.0
        func frameIndex(_ seconds: Double) -> Int { Int((seconds * fps).rounded()) }
        let firstHuman = frameIndex(at[0])..<frameIndex(at[1])
        try #require(frames.frames.count > frameIndex(at[3]))
        #expect(Self.isVirtual(frames, firstHuman.lowerBound - 1), "the virtual host before the shift")
        #expect(firstHuman.filter { Self.isVirtual(frames, $0) }.isEmpty, "host A on air from the shift start to the drop")
        for index in [firstHuman.lowerBound + 5, firstHuman.upperBound - 5] {
            #expect(Self.isBlack(frames.pixel(index, x: 0, y: 0)) && Self.isBlack(frames.pixel(index, x: 17, y: 31)),
                    "letterbox bars (and no AI label) at frame \(index)")
            let row = (0..<18).map { frames.pixel(index, x: $0, y: 16) }.map { "\($0.r / 64)\($0.g / 64)\($0.b / 64)" }
            #expect(Set(row).count >= 4, "the test pattern's colour bars at frame \(index): \(row)")
        }
        let bridge = frameIndex(at[1])..<frameIndex(at[2])
        #expect(bridge.allSatisfy { Self.isVirtual(frames, $0) }, "the virtual host from the frame after the last human one")
        let secondHuman = frameIndex(at[2])..<frameIndex(at[3])
        #expect(secondHuman.filter { Self.isVirtual(frames, $0) }.isEmpty, "host B on air after the feed was stable")
        #expect(!Self.isBlack(frames.pixel(secondHuman.lowerBound + 10, x: 17, y: 0)), "host B's 240x426 fills the frame")
        #expect(Self.isVirtual(frames, frameIndex(at[3]) + 1), "the virtual host after the shift")

        // Sound: the 1 kHz tone (2,000 zero crossings a second) while a host is on air, not after the drop.
        let sound = try DecodedAudio(path: files[0])
        func window(from: Double, seconds: Double) -> [Float] {
            Array(sound.samples[Int(from * 48_000)..<Int((from + seconds) * 48_000)])
        }
        for (name, start) in [("host A", at[0]), ("host B", at[2])] {
            let tone = window(from: start + 1, seconds: 2)
            #expect(abs(Signal.zeroCrossingsPerSecond(tone, rate: 48_000) - 2_000) < 50, "\(name)'s tone")
            #expect(Signal.toneShare(tone, hz: 1_000, rate: 48_000) > 0.8 && Signal.rms(tone) > 0.05, "\(name)'s tone")
        }
        let bridgeShare = Signal.toneShare(window(from: at[1] + 0.1, seconds: 1.5), hz: 1_000, rate: 48_000)
        #expect(bridgeShare < 0.2, "no tone once the virtual host is back: \(bridgeShare)")
    }

    @Test func aFlappingFeedCausesOneSwitchNotAStorm() throws {
        let live = try LiveFixture(shift: "10:01-10:02", relayStableSeconds: 3)
        let host = try TestPublisher.start(live.ingestURL, size: "320x240", fps: 25, logPrefix: live.folder.path("host"))
        defer { kill(host.pid, SIGKILL) }
        try live.server.waitUntil(timeout: .seconds(10), "the host publishing") {
            try live.server.isPublishing(app: "live", stream: live.ingestStream)
        }
        let engine = try live.stream(from: "10:00:57", speed: 1, seconds: 600, log: "stream")
        try Self.waitForLog(engine, "reason=shiftStarted", timeout: .seconds(30))
        Thread.sleep(forTimeInterval: 2)
        for _ in 0..<3 {   // three drops of 0.9 s within 10 s
            kill(host.pid, SIGSTOP)
            Thread.sleep(forTimeInterval: 0.9)
            kill(host.pid, SIGCONT)
            Thread.sleep(forTimeInterval: 2.4)
        }
        Thread.sleep(forTimeInterval: 2)
        kill(engine.pid, SIGINT)
        #expect(engine.wait(timeout: .seconds(20)) == 0, "\(engine.stderr.suffix(2000))")
        // The first drop brings the virtual host back; each later drop restarts (and doubles) the
        // stable time, so the feed is not taken again while it keeps flapping.
        let logged = Self.switches(in: engine.stderr)
        #expect(logged.map { "\($0.to) \($0.reason)" } == ["human shiftStarted", "virtual feedStalled"], "\(logged)")
    }

    /// Also a feed without an audio track: silence goes out in its place.
    @Test func aFeedBeforeTheShiftIsTakenEarlyWhenTheChannelSaysSo() throws {
        let live = try LiveFixture(shift: "10:01-10:02", relayStableSeconds: 2, takeEarlySeconds: 60)
        let host = try TestPublisher.start(live.ingestURL, size: "320x240", fps: 25, toneHz: nil, logPrefix: live.folder.path("host"))
        defer { kill(host.pid, SIGKILL) }
        try live.server.waitUntil(timeout: .seconds(10), "the host publishing") {
            try live.server.isPublishing(app: "live", stream: live.ingestStream)
        }
        // 30 s before the shift; the engine stops where the shift starts.
        let engine = try live.stream(from: "10:00:30", speed: 1, seconds: 30, log: "stream")
        #expect(engine.wait(timeout: .seconds(60)) == 0, "\(engine.stderr.suffix(2000))")
        // The run's end is on the output clock, which starts where the process came on air: a
        // start-up longer than a frame puts it a few ms into the shift, whose end hands back.
        let logged = Self.switches(in: engine.stderr).map { "\($0.to) \($0.reason)" }
        #expect(logged == ["human takenEarly"] || logged == ["human takenEarly", "virtual shiftEnded"], "\(logged)")
        let records = try live.asRun()
        let early = try #require(records.first { ($0["switches"] as? [[String: Any]])?.isEmpty == false })
        let switches = try #require(early["switches"] as? [[String: Any]])
        let at = Double((switches[0]["at"] as! Int) - (early["start"] as! Int) + (early["ptsStart"] as! Int)) / 48_000
        #expect(at < 29, "taken \(30 - at) s before the shift")
        #expect((early["lines"] as? [String]) == ["主播Lily来啦，我们欢迎Lily！"], "the arrival line, then the host")
        let last = try #require(records.last)
        #expect((last["ptsEnd"] as! Int) == 30 * 48_000, "the early span runs to the shift's start")
        let files = try live.recordings()
        let frames = try Self.tinyFrames(try #require(files.first))
        let onAir = Int((at * 30).rounded())..<min(frames.frames.count, 900)
        #expect(onAir.count > 30 && onAir.filter { Self.isVirtual(frames, $0) }.isEmpty, "the host on air from the switch to the shift start")
        #expect(Self.isVirtual(frames, onAir.lowerBound - 1))
        // The feed has no audio track: silence while it is on air, audio and video end together.
        let sound = try DecodedAudio(path: files[0])
        #expect(sound.rms(Int((at + 0.2) * 48_000)..<30 * 48_000) < 0.001, "silence for a feed without audio")
        #expect(sound.rms(0..<Int(at * 48_000)) > 0.01, "the virtual host was heard before")
        let video = try PacketList(path: files[0], stream: "v:0"), audio = try PacketList(path: files[0], stream: "a:0")
        #expect(abs((video.endTime ?? 0) - (audio.endTime ?? 0)) < 0.06 && audio.largestPTSStep < 0.03)
    }

    @Test func aRestartInsideARelayedShiftPutsTheFeedBackOnAir() throws {
        let live = try LiveFixture(shift: "10:01-10:02", relayStableSeconds: 2)
        let host = try TestPublisher.start(live.ingestURL, size: "320x240", fps: 25, logPrefix: live.folder.path("host"))
        defer { kill(host.pid, SIGKILL) }
        try live.server.waitUntil(timeout: .seconds(10), "the host publishing") {
            try live.server.isPublishing(app: "live", stream: live.ingestStream)
        }
        let first = try live.stream(from: "10:00:58", speed: 1, seconds: 600, log: "first")
        try Self.waitForLog(first, "reason=shiftStarted", timeout: .seconds(30))
        Thread.sleep(forTimeInterval: 2)
        kill(first.pid, SIGKILL)
        _ = first.wait(timeout: .seconds(5))

        // Same state folder: the clock goes on, the plan resumes inside the shift.
        let second = try live.stream(from: "10:00:58", speed: 1, seconds: 600, log: "second")
        try Self.waitForLog(second, "relay switch", timeout: .seconds(30))
        Thread.sleep(forTimeInterval: 3)
        kill(second.pid, SIGINT)
        #expect(second.wait(timeout: .seconds(20)) == 0, "\(second.stderr.suffix(2000))")
        #expect(second.stderr.contains("segment=human"), "resumed inside the shift: \(second.stderr.prefix(600))")
        #expect(Self.switches(in: second.stderr).map { "\($0.to) \($0.reason)" } == ["human shiftStarted"])
        // Resumed without a handoff line just before, the virtual host says the arrival line first.
        let files = try live.recordings()
        try #require(files.count == 2, "\(files)")
        let frames = try Self.tinyFrames(files[1])
        try #require(frames.frames.count > 60)
        #expect(Self.isVirtual(frames, 0), "the arrival line first")
        #expect(!Self.isVirtual(frames, frames.frames.count - 1), "then the host")
    }
}

import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// `LiveFeed`/`LiveInput` against a real nginx-rtmp with the ffmpeg CLI publishing a 320x240
/// 25 fps test pattern with a 1 kHz tone at 44.1 kHz; the channel is 160x288 at 30 fps, 48 kHz.
@Suite("Live input over RTMP", .serialized, .timeLimit(.minutes(2)))
struct LiveInputTests {
    static let channel = VideoSettings(width: 160, height: 288, fps: 30)
    static let padding = RGBA(7, 200, 77)
    static let settings = LiveInput.Settings(video: channel, padding: padding, openTimeout: .seconds(1))

    /// Starts the ffmpeg CLI publishing the test pattern (and tone unless `audio` is false) to `url`.
    static func publish(_ url: String, audio: Bool = true, in folder: TemporaryFolder) throws -> BackgroundProcess {
        let tone = audio ? ["-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=44100"] : []
        let codecs = audio ? ["-c:a", "aac"] : ["-an"]
        return try BackgroundProcess("ffmpeg", ["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25"]
            + tone + ["-c:v", "libx264", "-preset", "ultrafast", "-g", "25"] + codecs + ["-f", "flv", url],
            logPrefix: folder.path("publisher"))
    }

    /// Events until `frames` video frames arrived (fails on stall, end or a 10 s timeout).
    static func collect(_ feed: LiveFeed, frames: Int) throws -> (video: [(RGBAImage, Int64)], audio: [(samples: [Float], sample: Int64)]) {
        var video: [(RGBAImage, Int64)] = [], audio: [(samples: [Float], sample: Int64)] = []
        let deadline = ContinuousClock.now + .seconds(10)
        while video.count < frames, ContinuousClock.now < deadline {
            switch feed.next(timeout: .milliseconds(100)) {
            case let .video(image, frame)?: video.append((image, frame))
            case let .audio(samples, sample)?: audio.append((samples, sample))
            case .stalled?, nil: break   // before the first packet, or a publisher resuming
            case let event?: Issue.record("unexpected \(event)"); return (video, audio)
            }
        }
        return (video, audio)
    }

    /// Waits for `.stalled` or `.ended` while skipping media; returns it and how long after the last packet it came.
    static func waitForLoss(_ feed: LiveFeed) -> (event: LiveInputEvent?, latency: Duration) {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            switch feed.next(timeout: .milliseconds(20)) {
            case let event? where event == .stalled: return (event, feed.lastPacket.duration(to: .now))
            case let .ended(reason)?: return (.ended(reason: reason), feed.lastPacket.duration(to: .now))
            default: continue
            }
        }
        return (nil, .seconds(5))
    }

    @Test("a 320x240 25 fps feed with a tone becomes 160x288 at 30 fps and 48 kHz; a frozen or killed publisher is seen within 1 s")
    func normalisesAndDetectsStalls() throws {
        let server = try RTMPServer(), folder = try TemporaryFolder()
        let publisher = try Self.publish(server.url(app: "live", stream: "host"), in: folder)
        try server.waitUntil(timeout: .seconds(10), "the publisher") { try server.isPublishing(app: "live", stream: "host") }
        let feed = LiveFeed(url: server.url(app: "live", stream: "host"), settings: Self.settings)
        defer { feed.stop() }

        let (video, audio) = try Self.collect(feed, frames: 90)
        try #require(video.count == 90)
        #expect(video.map(\.1) == Array(0..<90))   // numbered at the channel's 30 fps
        let distinct = zip(video.dropFirst(), video).filter { $0.0.0 != $0.1.0 }.count
        #expect((68...78).contains(distinct), "25 of every 30 frames are new pictures: \(distinct) of 89 changed")
        for (image, _) in video.prefix(3) + video.suffix(3) {
            #expect(image.width == 160 && image.height == 288)
            let bars = (0..<84).flatMap { y in (0..<160).map { image.pixel(x: $0, y: y) } }
                + (204..<288).flatMap { y in (0..<160).map { image.pixel(x: $0, y: y) } }
            #expect(bars.allSatisfy { $0 == Self.padding }, "letterbox bars are the padding colour")
            let picture = (84..<204).flatMap { y in (0..<160).map { image.pixel(x: $0, y: y) } }
            #expect(picture.filter { $0 == Self.padding }.count < picture.count / 20, "the pattern fills its area")
            #expect(Set(picture).count > 50, "the pattern has many colours")
        }

        // Audio: gapless from sample 0, in step with the video, the 1 kHz tone (2,000 zero crossings/s).
        #expect(zip(audio.dropFirst(), audio).allSatisfy { $0.0.sample == $0.1.sample + Int64($0.1.samples.count / 2) })
        let samples = audio.flatMap(\.samples)
        let videoEnd = 90 * 1_600
        #expect(abs(samples.count / 2 - videoEnd) < 24_000, "audio \(samples.count / 2) samples vs video \(videoEnd)")
        let left = stride(from: 48_000, to: samples.count, by: 2).map { samples[$0] }
        try #require(left.count > 24_000)
        #expect(abs(Signal.zeroCrossingsPerSecond(left, rate: 48_000) - 2_000) < 40)
        #expect(Signal.rms(left) > 0.05)

        // Freeze the publisher: no packets, the connection stays open.
        kill(publisher.pid, SIGSTOP)
        let stall = Self.waitForLoss(feed)
        print("[live input] stalled \(stall.latency) after the last packet")
        #expect(stall.event == .stalled)
        #expect(stall.latency <= .seconds(1) && stall.latency >= .milliseconds(450))
        kill(publisher.pid, SIGCONT)
        #expect(try Self.collect(feed, frames: 10).video.count == 10, "media flows again after the stall")

        kill(publisher.pid, SIGKILL)
        let loss = Self.waitForLoss(feed)
        print("[live input] after killing the publisher: \(String(describing: loss.event)) \(loss.latency) after the last packet")
        #expect(loss.event != nil && loss.latency <= .seconds(1))
    }

    @Test("a feed without audio yields silence as long as its video")
    func noAudioTrackGivesSilence() throws {
        let server = try RTMPServer(), folder = try TemporaryFolder()
        let publisher = try Self.publish(server.url(app: "live", stream: "mute"), audio: false, in: folder)
        try server.waitUntil(timeout: .seconds(10), "the publisher") { try server.isPublishing(app: "live", stream: "mute") }
        var settings = Self.settings
        settings.openTimeout = .seconds(5)
        let started = ContinuousClock.now
        let feed = LiveFeed(url: server.url(app: "live", stream: "mute"), settings: settings)
        defer { feed.stop() }
        var (video, audio) = try Self.collect(feed, frames: 60)
        try #require(video.count == 60)
        print("[live input] video-only feed: 60 frames after \(started.duration(to: .now))")
        kill(publisher.pid, SIGKILL)
        var end: LiveInputEvent?
        while end == nil {   // drain to the end: the silence is completed to the last frame
            switch feed.next(timeout: .seconds(2)) {
            case let .video(image, frame)?: video.append((image, frame))
            case let .audio(samples, sample)?: audio.append((samples, sample))
            case let event?: end = event
            case nil: end = .stalled
            }
        }
        #expect(end == .ended(reason: nil) || end == .stalled)
        let samples = audio.flatMap(\.samples)
        #expect(samples.allSatisfy { $0 == 0 })
        #expect(audio.first?.sample == 0)
        if end == .ended(reason: nil) {
            #expect(samples.count / 2 == video.count * 1_600, "silence matches \(video.count) frames exactly")
        }
        #expect(samples.count / 2 >= 60 * 1_600 - 12_000 - 1_600)
    }

    @Test("nothing published, a refused connection or a bad URL: a clear error within the deadline")
    func unusableURLsFailFast() throws {
        let server = try RTMPServer()
        let refused = "rtmp://127.0.0.1:\(try Loopback.freePort())/live/x"
        for (url, expected) in [(server.url(app: "live", stream: "nobody"), "nothing arrived within"),
                                (refused, "open live input"), ("/nonexistent/feed.flv", "open live input")] {
            let started = ContinuousClock.now
            let feed = LiveFeed(url: url, settings: Self.settings)
            var event = feed.next(timeout: .seconds(3))
            while event == .stalled, started.duration(to: .now) < .seconds(3) { event = feed.next(timeout: .seconds(3)) }
            let took = started.duration(to: .now)
            guard case let .ended(reason?)? = event else { Issue.record("\(url): \(String(describing: event))"); continue }
            #expect(reason.contains(expected), "\(reason)")
            #expect(took < .milliseconds(1_800), "\(url) took \(took)")
            #expect(feed.stop())
        }
    }
}

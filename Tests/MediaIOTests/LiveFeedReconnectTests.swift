import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// `LiveFeed` with reconnects, as a relay ingest reads it around the clock: waiting before
/// anyone publishes, a publisher that leaves and one that comes back.
@Suite("Live feed reconnects", .serialized, .timeLimit(.minutes(2)))
struct LiveFeedReconnectTests {
    /// Frames until `count` arrived after the call (10 s at most); counts `.ended` events seen.
    static func frames(_ feed: LiveFeed, count: Int) -> (frames: [Int64], ends: Int, reasons: [String]) {
        var frames: [Int64] = [], ends = 0, reasons: [String] = []
        let deadline = ContinuousClock.now + .seconds(10)
        while frames.count < count, ContinuousClock.now < deadline {
            switch feed.next(timeout: .milliseconds(100)) {
            case let .video(_, frame)?: frames.append(frame)
            case let .ended(reason)?:
                ends += 1
                reasons.append(reason ?? "end of stream")
            default: break
            }
        }
        return (frames, ends, reasons)
    }

    @Test("a feed opened before the publisher, a publisher that leaves and a new one with another size: frames each time")
    func publishersComeAndGo() throws {
        let server = try RTMPServer(), folder = try TemporaryFolder()
        let url = server.url(app: "live", stream: "host")
        var settings = LiveInputTests.settings
        settings.openTimeout = .seconds(2)
        settings.readTimeout = .seconds(2)
        let feed = LiveFeed(url: url, settings: settings, reconnectDelay: .milliseconds(100))
        defer { feed.stop() }
        Thread.sleep(forTimeInterval: 0.5)   // the reader waits for a publisher
        let first = try LiveInputTests.publish(url, in: folder)
        let before = Self.frames(feed, count: 30)
        #expect(before.frames.count == 30, "frames from a publisher that came after the reader")
        kill(first.pid, SIGKILL)
        _ = first.wait(timeout: .seconds(2))
        Thread.sleep(forTimeInterval: 3)   // past the read timeout: the session ends, the reader opens again
        let second = try BackgroundProcess("ffmpeg", ["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=240x426:rate=30",
                                                      "-c:v", "libx264", "-preset", "ultrafast", "-g", "30", "-an", "-f", "flv", url],
                                           logPrefix: folder.path("second"))
        defer { kill(second.pid, SIGKILL) }
        let after = Self.frames(feed, count: 30)
        #expect(after.ends >= 1, "the first session's end was reported")
        #expect(after.frames.count == 30, "frames from the second publisher")
        #expect(after.frames.first.map { $0 < 60 } ?? false, "a new session numbers from 0: \(after.frames.prefix(3))")
    }

    @Test("a new publisher within the read timeout arrives on the same connection: a new session from frame 0")
    func aQuickReturnStartsANewSession() throws {
        let server = try RTMPServer(), folder = try TemporaryFolder()
        let url = server.url(app: "live", stream: "host")
        let first = try LiveInputTests.publish(url, in: folder)
        try server.waitUntil(timeout: .seconds(10), "the publisher") { try server.isPublishing(app: "live", stream: "host") }
        var settings = LiveInputTests.settings
        settings.readTimeout = .seconds(5)
        let feed = LiveFeed(url: url, settings: settings, reconnectDelay: .milliseconds(100))
        defer { feed.stop() }
        #expect(Self.frames(feed, count: 60).frames.count == 60)
        kill(first.pid, SIGKILL)
        _ = first.wait(timeout: .seconds(2))
        let second = try LiveInputTests.publish(url, in: folder)
        defer { kill(second.pid, SIGKILL) }
        let after = Self.frames(feed, count: 30)
        #expect(after.frames.count == 30 && after.frames.first.map { $0 < 60 } ?? false, "\(after.frames.prefix(3))")
        #expect(after.reasons.contains { $0.contains("started again") }, "\(after.reasons)")
    }
}

@testable import Comments
import Foundation
import Logging
import Playout
import TestSupport
import Testing

/// Events a runner delivered, for tests.
final class EventRecorder: @unchecked Sendable {  // `lock` guards `events`
    private let lock = NSLock()
    private var events: [CommentEvent] = []
    func add(_ event: CommentEvent) { lock.withLock { events.append(event) } }
    var all: [CommentEvent] { lock.withLock { events } }

    func waitFor(within seconds: Double, _ condition: ([CommentEvent]) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(all) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return condition(all)
    }
}

func waitUntil(within seconds: Double, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return condition()
}

@Suite(.serialized) struct SourceConnectionTests {
    static let fastPolicy = ReconnectPolicy.Settings(firstDelay: .milliseconds(300), growth: 2, maxDelay: .seconds(2),
                                                     jitter: 0, resetAfter: .seconds(1), probeInterval: .zero)

    /// A real ngIRCd: the connector registers, joins, turns a viewer's PRIVMSG into a comment,
    /// and after the server is killed and started again, reconnects by itself and reads on.
    /// (ngIRCd answers IRCv3 tags with 421 Unknown command, so tags are tested on literal lines
    /// in TwitchChatTests; here names come from the nick.)
    @Test func twitchSourceReadsARealIRCServerAndReconnects() async throws {
        let server = try IRCServer()
        let recorder = EventRecorder()
        let source = TwitchChatSource(name: "tw", host: "127.0.0.1", port: server.port, channel: "shop", nick: "standin1", token: nil)
        let runner = SourceRunner(source: source, policy: Self.fastPolicy, logger: Logger(label: "test")) { recorder.add($0) }
        defer { runner.stop() }
        #expect(await waitUntil(within: 10) { runner.status.snapshot().state == "live" })
        let viewer = try server.client(nick: "mia", joining: "shop")
        viewer.send("PRIVMSG #shop :这个茶能放多久？\r\n")
        #expect(await recorder.waitFor(within: 10) { $0.contains { $0.kind == .comment("这个茶能放多久？") && $0.viewerName == "mia" } })

        try server.kill()
        #expect(await waitUntil(within: 10) { runner.status.snapshot().state != "live" })
        try server.start()
        #expect(await waitUntil(within: 15) { runner.status.snapshot().reconnects >= 1 && runner.status.snapshot().state == "live" })
        let again = try server.client(nick: "lee", joining: "shop")
        again.send("PRIVMSG #shop :杯子能装多少毫升？\r\n")
        #expect(await recorder.waitFor(within: 10) { $0.contains { $0.kind == .comment("杯子能装多少毫升？") && $0.viewerName == "lee" } })
        #expect(runner.status.snapshot().reconnectAttempts >= 1)
    }
}

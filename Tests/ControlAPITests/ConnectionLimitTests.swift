import Foundation
import Hummingbird
import Logging
import Testing
import TestSupport
@testable import ControlAPI

/// A real server on 127.0.0.1 held to small limits, driven by raw sockets that send half a
/// request, trickle a body, or send nothing.
@Suite("HTTP connection limits on a real socket", .serialized)
struct ConnectionLimitTests {
    /// `/ping` answers at once; `/slow` after 800 ms; `/upload` reads its whole body first.
    static func start(_ limits: ConnectionLimits) throws -> ControlServer {
        let router = Router(context: APIRequestContext.self)
        router.get("ping") { _, _ in "pong" }
        router.get("slow") { _, _ in
            try await Task.sleep(for: .milliseconds(800))
            return "done"
        }
        router.post("upload") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return "\(body.readableBytes)"
        }
        return try ControlServer.start(router: router, host: "127.0.0.1", port: 0, limits: limits,
                                       logger: Logger(label: "test.limits"))
    }

    /// `GET /ping` on a new connection that asks to be closed after; the body, or nil.
    static func ping(_ port: Int) -> String? {
        guard let client = try? RawConnection(port: port) else { return nil }
        client.send("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        _ = client.closedByPeer(within: 3)
        let text = client.receivedText
        guard text.hasPrefix("HTTP/1.1 200") else { return nil }
        return text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) }
    }

    @Test("a connection that never finishes its headers, or sends nothing, is closed after the timeout")
    func unfinishedHeadersClosed() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 64, requestTimeout: .milliseconds(600)))
        defer { server.stop() }
        let started = Date()
        var clients: [RawConnection] = []
        for index in 0..<30 {
            let client = try RawConnection(port: server.port)
            if index % 2 == 0 { client.send("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") }
            clients.append(client)
        }
        #expect(!clients[0].closedByPeer(within: 0.2), "closed before its time")
        for client in clients { #expect(client.closedByPeer(within: 2.0)) }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.5 && elapsed < 2.5, "closed after \(elapsed) s")
        #expect(server.gate.counters.timedOut >= 30)
        #expect(Self.ping(server.port) == "pong")
    }

    @Test("a body that keeps trickling in is still closed at the deadline")
    func trickledBodyClosed() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 8, requestTimeout: .milliseconds(700)))
        defer { server.stop() }
        let client = try RawConnection(port: server.port)
        let started = Date()
        client.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n")
        var closed = false
        for _ in 0..<30 where !closed {
            client.send("x")                     // a byte every 100 ms: never idle, never done
            closed = client.closedByPeer(within: 0.1)
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(closed)
        #expect(elapsed >= 0.6 && elapsed < 1.6, "closed after \(elapsed) s")
    }

    @Test("an upload that keeps arriving at 32 KB/s outlasts the timeout and is answered")
    func steadyUploadServed() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 8, requestTimeout: .milliseconds(600)))
        defer { server.stop() }
        let client = try RawConnection(port: server.port)
        client.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 65536\r\n\r\n")
        let chunk = String(repeating: "y", count: 8_192)
        for _ in 0..<8 {
            Thread.sleep(forTimeInterval: 0.25)    // 2 s in all, over three times the timeout
            #expect(client.send(chunk))
        }
        #expect(client.waitFor("65536", within: 3), "got: \(client.receivedText)")
    }

    @Test("a slow answer is not cut; an idle keep-alive connection is closed after the timeout")
    func answerThenIdle() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 8, requestTimeout: .milliseconds(400)))
        defer { server.stop() }
        let client = try RawConnection(port: server.port)
        client.send("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(client.waitFor("done", within: 3))          // 800 ms of answering > 400 ms timeout
        #expect(!client.closedByPeer(within: 0.2))
        client.send("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(client.waitFor("pong", within: 2))
        let idleFrom = Date()
        #expect(client.closedByPeer(within: 2))
        let idle = Date().timeIntervalSince(idleFrom)
        #expect(idle >= 0.3 && idle < 1.2, "idle connection closed after \(idle) s")
    }

    @Test("when full, a newcomer takes the place of the longest idle connection")
    func idleDisplaced() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 4, requestTimeout: .seconds(20)))
        defer { server.stop() }
        var idle: [RawConnection] = []
        for _ in 0..<4 {
            idle.append(try RawConnection(port: server.port))
            Thread.sleep(forTimeInterval: 0.05)     // accepted in this order
        }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(Self.ping(server.port) == "pong")
        #expect(idle[0].closedByPeer(within: 2), "the oldest idle connection was not closed")
        #expect(!idle[3].closedByPeer(within: 0.3), "the newest idle connection was closed")
        #expect(server.gate.counters.displaced >= 1)
    }

    @Test("when every connection is busy with a request, the next one is answered 503 with Retry-After")
    func fullOfBusyConnectionsRefuses() throws {
        let server = try Self.start(ConnectionLimits(maxConnections: 3, requestTimeout: .seconds(20)))
        defer { server.stop() }
        var busy: [RawConnection] = []
        for _ in 0..<3 {
            let client = try RawConnection(port: server.port)
            client.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nhalf")
            busy.append(client)
        }
        Thread.sleep(forTimeInterval: 0.3)
        let refused = try RawConnection(port: server.port)
        refused.send("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(refused.closedByPeer(within: 3))
        #expect(refused.receivedText.hasPrefix("HTTP/1.1 503"), "got: \(refused.receivedText)")
        #expect(refused.receivedText.lowercased().contains("retry-after: 1"))
        for client in busy { #expect(!client.closedByPeer(within: 0.05)) }
        busy[0].close()
        var answer = ""
        for _ in 0..<20 where answer != "pong" {
            Thread.sleep(forTimeInterval: 0.05)
            answer = Self.ping(server.port) ?? ""
        }
        #expect(answer == "pong")
        #expect(server.gate.counters.refused >= 1)
    }
}

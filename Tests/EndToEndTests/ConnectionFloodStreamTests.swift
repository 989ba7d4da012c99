import Foundation
@testable import Playout
import StandInCore
import Testing
import TestSupport

/// `standin stream` under a file-handle limit of 256 while a client holds more idle
/// connections to its control API than the whole limit: the stream stays on air (every
/// second aired and logged, nothing degraded, exit 0) and an operator's `/status` answers.
@Suite("A flood of idle connections against a stream at its file limit", .serialized)
struct ConnectionFloodStreamTests {
    static let token = "flood-token-\(UInt64.random(in: 1...UInt64.max))"
    static let seconds = 16
    static let flood = 400

    /// Holds `count` connections open: every half second, those the server closed are opened
    /// again, so the pressure lasts until `stop()`.
    final class Flood: @unchecked Sendable {  // `lock` guards `stopped`, `opened` and `closedByServer`
        private let lock = NSLock()
        private var stopped = false
        private var opened = 0
        private var closedByServer = 0

        init(port: Int, count: Int) {
            Thread { [self] in hold(port: port, count: count) }.start()
        }

        private func hold(port: Int, count: Int) {
            var connections: [RawConnection] = []
            while !lock.withLock({ stopped }) {
                let before = connections.count
                connections.removeAll { $0.closedByPeer(within: 0) }
                let closed = before - connections.count
                var added = 0
                while connections.count < count, let connection = try? RawConnection(port: port) {
                    if connections.count % 2 == 0 { connection.send("GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n") }
                    connections.append(connection)
                    added += 1
                }
                lock.withLock {
                    opened += added
                    closedByServer += closed
                }
                Thread.sleep(forTimeInterval: 0.5)
            }
            connections.forEach { $0.close() }
        }

        func stop() { lock.withLock { stopped = true } }
        var counts: (opened: Int, closedByServer: Int) { lock.withLock { (opened, closedByServer) } }
    }

    /// Inherited: handles the stream is started with already open (as a careless parent or
    /// supervisor leaves them), so the engine starts near its limit. Out of handles, the
    /// process would stop (libdispatch traps); the API must fit into what is left.
    @Test("the stream stays on air and /status answers while 400 idle connections press on a 256-handle process",
          arguments: [0, 200])
    func floodAtFileLimit(inherited: Int) throws {
        let folder = try TemporaryFolder()
        let port = try Loopback.freePort()
        var catalog = try String(contentsOfFile: repositoryPath("assets/demo/catalog.yaml"), encoding: .utf8)
        catalog = catalog.replacingOccurrences(of: "image: images/", with: "image: \(repositoryPath("assets/demo/images"))/")
        let channel = try folder.write("flood-room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(try folder.write("catalog.yaml", catalog))
            time_zone: Asia/Shanghai
            video: {size: 180x320, fps: 30}
            audio: {music_bed: builtin, music_gain_db: -24}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: rec/room.flv}
            api:
              listen: 127.0.0.1:\(port)
              request_timeout_ms: 1500
              tokens:
                - {name: qa-desk, token: "\(Self.token)"}
            """)
        try FileManager.default.createDirectory(atPath: folder.path("rec"), withIntermediateDirectories: true)
        // bash opens `inherited` handles without close-on-exec, then becomes the stream.
        let process = try BackgroundProcess("/usr/bin/prlimit", [
            "--nofile=256:256", "/bin/bash", "-c", "for i in $(seq \(inherited)); do exec {fd}</dev/null; done; exec \"$@\"", "_",
            standinBinary(), "stream", "--channel", channel, "--state", folder.path("state"),
            "--from", "2026-12-01T10:00:00+08:00", "--duration", "\(Self.seconds)", "--lookahead", "1", "--status-every", "5",
        ], logPrefix: folder.path("stream"))
        defer { process.kill() }
        let status = {
            (try? TestSupport.run("curl", ["-s", "-m", "3", "-H", "Authorization: Bearer \(Self.token)",
                                           "http://127.0.0.1:\(port)/status"]).stdoutText) ?? ""
        }
        var up = false
        for _ in 0..<150 where !up {
            up = status().contains("\"channel\":\"flood-room\"")
            if !up { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(up, "the control API never answered:\n\(process.stderr)")

        let flood = Flood(port: port, count: Self.flood)
        var answered = 0, asked = 0, mostHandles = 0
        let floodEnds = Date().addingTimeInterval(Double(Self.seconds) - 6)
        while Date() < floodEnds {
            Thread.sleep(forTimeInterval: 1)
            asked += 1
            if status().contains("\"channel\":\"flood-room\"") { answered += 1 }
            let handles = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.pid)/fd").count) ?? 0
            mostHandles = max(mostHandles, handles)
        }
        flood.stop()
        let counts = flood.counts

        let exit = process.wait(timeout: .seconds(60))
        let log = process.stderr
        #expect(exit == 0, "\(log.suffix(3000))")
        #expect(log.contains("open-file limit") && log.contains("soft=256"), "the raised limit is not logged")
        #expect(log.contains("open=\(inherited + 5)") || log.contains("open=\(inherited + 4)") || log.contains("open=\(inherited + 6)"),
                "the handles open at start are not logged")
        #expect(!log.contains("Too many open files"), "\(log.suffix(3000))")
        #expect(counts.opened > Self.flood, "the flood never pressed: \(counts)")
        #expect(counts.closedByServer > 0, "the server closed none of the idle connections: \(counts)")
        #expect(asked >= 5 && answered >= asked - 1, "/status answered \(answered) of \(asked) times during the flood")
        // The API's sockets fit into half the limit and what the open handles and the engine's
        // reserve leave: the process never comes near its limit.
        #expect(mostHandles > 0 && mostHandles < 256 - 16, "the process held \(mostHandles) handles")
        if inherited == 0 { #expect(mostHandles <= 256 / 2 + 32, "the process held \(mostHandles) handles") }

        // On air throughout: the as-run log covers the whole run with nothing degraded.
        let records = try AsRunLog.read(folder: folder.path("state/asrun"))
        let aired = Double(records.map(\.length).reduce(0, +)) / Double(MediaClock.sampleRate)
        #expect(aired >= Double(Self.seconds) - 0.5, "only \(aired) s logged")
        #expect(records.allSatisfy { $0.degraded == nil }, "\(records.compactMap(\.degraded))")
        let recording = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path("rec")).first)
        let probe = try MediaProbe(path: folder.path("rec/\(recording)"))
        let duration = try #require(probe.duration)
        #expect(abs(duration - aired) < 1.0, "recording \(duration) s, logged \(aired) s")
        print("flood (\(inherited) inherited): opened \(counts.opened) connections, server closed \(counts.closedByServer); /status \(answered)/\(asked); handles ≤ \(mostHandles)")
    }
}

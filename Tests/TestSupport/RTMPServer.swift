import Foundation

/// A real nginx-rtmp server on loopback for one test, run by `scripts/rtmp-server` on free
/// ports in its own temp folder; killed when released.
///
/// ```swift
/// let server = try RTMPServer()
/// let url = server.url(app: "live", stream: "key")
/// try server.waitUntil(timeout: .seconds(5)) { try server.isPublishing(app: "live", stream: "key") }
/// ```
public final class RTMPServer: Sendable {
    public let port: Int
    /// Port of the HTTP `/stat` page (nginx-rtmp's XML statistics).
    public let statPort: Int
    public let folder: TemporaryFolder

    /// Starts a server; it accepts publishers on applications `live` and `backup`.
    public init() throws {
        folder = try TemporaryFolder()
        port = try Loopback.freePort()
        var stat = try Loopback.freePort()
        while stat == port { stat = try Loopback.freePort() }
        statPort = stat
        try start()
    }

    deinit { try? script("kill") }

    public func url(app: String, stream: String) -> String { "rtmp://127.0.0.1:\(port)/\(app)/\(stream)" }

    /// Starts nginx (again) on the same ports; returns once it accepts connections.
    public func start() throws { try script("start") }

    /// Stops nginx gracefully (TERM, then KILL after 2 s).
    public func stop() throws { try script("stop") }

    /// Kills nginx at once, as a crash would: every connection drops.
    public func kill() throws { try script("kill") }

    public func restart() throws {
        try stop()
        try start()
    }

    /// nginx-rtmp's statistics as XML.
    public func stat() throws -> String {
        let xml = try Loopback.httpGet(port: statPort, path: "/stat")
        return String(String.UnicodeScalarView(xml.unicodeScalars.filter { $0 != "\r" }))   // nginx ends lines with CRLF
    }

    /// Whether a publisher is sending to `app`/`stream` right now.
    public func isPublishing(app: String, stream: String) throws -> Bool {
        streamBlock(in: try stat(), app: app, stream: stream)?.contains("<publishing/>") ?? false
    }

    /// Clients (publisher and players) of `app`/`stream`; a player waiting for a publisher counts.
    public func clientCount(app: String, stream: String) throws -> Int {
        guard let block = streamBlock(in: try stat(), app: app, stream: stream),
              let open = block.range(of: "<nclients>"), let close = block.range(of: "</nclients>") else { return 0 }
        return Int(block[open.upperBound..<close.lowerBound]) ?? 0
    }

    /// Polls `condition` every 50 ms until it holds; throws after `timeout`.
    public func waitUntil(timeout: Duration, _ what: String = "condition",
                          _ condition: () throws -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while try !condition() {
            guard ContinuousClock.now < deadline else { throw Loopback.SocketError(description: "timed out waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    private func streamBlock(in xml: String, app: String, stream: String) -> Substring? {
        guard let appStart = xml.range(of: "<application>\n<name>\(app)</name>") else { return nil }
        let appEnd = xml[appStart.upperBound...].range(of: "</application>")?.lowerBound ?? xml.endIndex
        let application = xml[appStart.upperBound..<appEnd]
        for block in application.components(separatedBy: "<stream>").dropFirst()
        where block.hasPrefix("\n<name>\(stream)</name>") || block.hasPrefix("<name>\(stream)</name>") {
            return Substring(block.components(separatedBy: "</stream>")[0])
        }
        return nil
    }

    private func script(_ command: String) throws {
        let result = try run(repositoryPath("scripts/rtmp-server"), [command, "\(port)", folder.url.path, "\(statPort)"])
        guard result.status == 0 else {
            throw Loopback.SocketError(description: "scripts/rtmp-server \(command) \(port) failed: \(result.stderr)")
        }
    }
}

import Foundation

/// A real IRC server (ngIRCd) on loopback for one test, run by `scripts/irc-server` on a free
/// port in its own temp folder; killed when released.
///
/// ```swift
/// let server = try IRCServer()
/// let viewer = try server.client(nick: "mia", joining: "shop")
/// viewer.send("PRIVMSG #shop :how long does the tea keep?\r\n")
/// ```
public final class IRCServer: Sendable {
    public let port: Int
    public let folder: TemporaryFolder

    public init() throws {
        folder = try TemporaryFolder()
        port = try Loopback.freePort()
        try start()
    }

    deinit { try? script("kill") }

    public func start() throws { try script("start") }
    public func stop() throws { try script("stop") }
    /// Kills the server at once, as a crash or a dropped link would: every connection drops.
    public func kill() throws { try script("kill") }

    /// A registered client in `#channel` (waits for its own JOIN echo, at most 5 s).
    public func client(nick: String, joining channel: String) throws -> RawConnection {
        let connection = try RawConnection(port: port)
        connection.send("NICK \(nick)\r\nUSER \(nick) 0 * :\(nick)\r\nJOIN #\(channel)\r\n")
        guard connection.waitFor("JOIN :#\(channel)", within: 5) else {
            throw Loopback.SocketError(description: "IRC client \(nick) did not join #\(channel): \(connection.receivedText)")
        }
        return connection
    }

    private func script(_ command: String) throws {
        let result = try run(repositoryPath("scripts/irc-server"), [command, "\(port)", folder.url.path])
        guard result.status == 0 else {
            throw Loopback.SocketError(description: "scripts/irc-server \(command) \(port) failed: \(result.stderr)")
        }
    }
}

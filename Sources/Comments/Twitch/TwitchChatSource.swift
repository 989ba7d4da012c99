import NIOCore
import NIOPosix

/// Twitch chat over IRC (plain TCP): logs in (anonymously as `justinfan…` without a token),
/// joins the channel and turns what arrives into events (`TwitchChat`). A session ends when
/// the server closes the connection, asks for a reconnect, refuses the login, or stays silent
/// for `silence` (Twitch PINGs about every five minutes).
public struct TwitchChatSource: CommentSource {
    public let name: String
    public let type = "twitch"
    let host: String
    let port: Int
    let channel: String
    let nick: String
    let token: String?
    let silence: TimeAmount

    public init(name: String, host: String, port: Int, channel: String, nick: String, token: String?, silence: TimeAmount = .minutes(6)) {
        self.name = name; self.host = host; self.port = port; self.channel = channel; self.nick = nick; self.token = token
        self.silence = silence
    }

    public func session(connected: @escaping @Sendable () -> Void, deliver: @escaping @Sendable (CommentEvent) -> Void) async throws {
        let silence = silence
        let connection = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        IdleStateHandler(readTimeout: silence), SilenceCloser(), ByteToMessageHandler(LineDecoder()),
                    ])
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await connection.executeThenClose { inbound, outbound in
            for line in TwitchChat.login(nick: nick, token: token, channel: channel) {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
            }
            for try await line in inbound {
                guard let message = IRCMessage(parsing: line) else { continue }
                switch TwitchChat.reply(to: message, source: name, nick: nick, channel: channel) {
                case .events(let events): events.forEach(deliver)
                case .send(let reply): try await outbound.write(ByteBuffer(string: reply + "\r\n"))
                case .joined: connected()
                case .close(let why): throw CommentSourceError.closed(why)
                case .nothing: break
                }
            }
        }
    }
}

/// Splits the byte stream into lines (CRLF or LF); a line longer than `IRCMessage.maxLength`
/// ends the connection rather than growing a buffer without bound.
struct LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > IRCMessage.maxLength { throw CommentSourceError.closed("a line longer than \(IRCMessage.maxLength) bytes") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}

/// Closes the connection when `IdleStateHandler` says nothing was read for too long.
final class SilenceCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.fireErrorCaught(CommentSourceError.timedOut("no line from the server"))
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}

import NIOCore

/// Stops the server accepting while it holds `ceiling` accepted sockets, on the listening
/// channel: a socket takes a file handle the moment it is accepted, before any HTTP handler
/// sees it, so only not accepting keeps a burst of connections from taking more. Those
/// waiting meanwhile stay in the kernel's backlog, which costs the process nothing.
///
/// Counts a socket from its accept to its close (`closeFuture`), on the listening channel's
/// event loop; `read()` (the next accept) is held back while the count is at the ceiling
/// and passed on when a socket closes.
final class AcceptLimitHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = Channel
    typealias InboundOut = Channel
    typealias OutboundIn = Channel

    private let ceiling: Int
    private let gate: ConnectionGate
    private var accepted = 0
    private var readHeld = false

    init(ceiling: Int, gate: ConnectionGate) {
        self.ceiling = max(1, ceiling)
        self.gate = gate
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let child = unwrapInboundIn(data)
        accepted += 1
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        child.closeFuture.whenComplete { _ in
            bound.eventLoop.execute { bound.value.handler.socketClosed(bound.value.context) }
        }
        context.fireChannelRead(data)
    }

    func read(context: ChannelHandlerContext) {
        if accepted >= ceiling {
            if !readHeld { gate.acceptPaused() }
            readHeld = true
        } else {
            context.read()
        }
    }

    private func socketClosed(_ context: ChannelHandlerContext) {
        accepted -= 1
        if readHeld, accepted < ceiling {
            readHeld = false
            context.read()
        }
    }
}

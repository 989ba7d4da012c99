import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Holds one HTTP/1 connection to the server's limits: admits it through the shared
/// `ConnectionGate`, closes it when its request does not arrive whole in time
/// (`RequestDeadline`), and answers 503 when the gate refuses it.
///
/// Sits after the HTTP codec (it sees request and response parts) and before Hummingbird's
/// request handling; one instance per connection, on the connection's event loop.
final class ConnectionLimitHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum Mode { case starting, served(Int), refusing(Int, answered: Bool), closed }

    private let gate: ConnectionGate
    private var mode = Mode.starting
    private var deadline: RequestDeadline<ContinuousClock.Instant>
    private var timer: Scheduled<Void>?

    init(gate: ConnectionGate) {
        self.gate = gate
        deadline = RequestDeadline(timeout: gate.limits.requestTimeout, now: .now)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { admit(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        admit(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        release()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        release()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch mode {
        case .served(let id):
            switch part {
            case .head:
                deadline.readHead()
                gate.busy(id)
            case .body(let buffer): deadline.readBody(bytes: buffer.readableBytes)
            case .end:
                deadline.readEnd(now: .now)
                schedule(context)
            }
            context.fireChannelRead(data)
        case .refusing(let id, let answered):
            // The request is not served: once its head is in, say why and close.
            guard !answered, case .head = part else { return }
            mode = .refusing(id, answered: true)
            refuse(context)
        case .starting, .closed:
            break
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .served(let id) = mode, case .end = unwrapOutboundIn(data) {
            deadline.wroteEnd(now: .now)
            if deadline.isWaiting { gate.waiting(id) }
            schedule(context)
        }
        context.write(data, promise: promise)
    }

    private func admit(_ context: ChannelHandlerContext) {
        guard case .starting = mode else { return }
        let channel = context.channel
        let (id, admission) = gate.open(close: { channel.close(promise: nil) })
        switch admission {
        case .admit, .admitEvicting:
            mode = .served(id)
        case .refuse:
            mode = .refusing(id, answered: false)
        case .drop:
            mode = .closed
            gate.closed(id)
            context.close(promise: nil)
            return
        }
        deadline = RequestDeadline(timeout: gate.limits.requestTimeout, now: .now)
        schedule(context)
    }

    /// A timer for the current deadline, unless one is set or there is none.
    private func schedule(_ context: ChannelHandlerContext) {
        guard timer == nil, let due = deadline.due else { return }
        let loop = context.eventLoop.assumeIsolatedUnsafeUnchecked()
        timer = loop.scheduleTask(in: .nanoseconds(max(0, (due - .now).nanoseconds))) { [self] in
            timer = nil
            if deadline.isExpired(now: .now) {
                gate.timedOut()
                context.close(promise: nil)
            } else {
                schedule(context)
            }
        }
    }

    private func refuse(_ context: ChannelHandlerContext) {
        var head = HTTPResponse(status: .serviceUnavailable)
        let body = #"{"error": {"message": "the server is serving its maximum of connections; try again"}}"# + "\n"
        head.headerFields[.contentType] = "application/json"
        head.headerFields[.contentLength] = "\(body.utf8.count)"
        head.headerFields[.connection] = "close"
        head.headerFields[.retryAfter] = "1"
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(string: body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }

    private func release() {
        timer?.cancel()
        timer = nil
        switch mode {
        case .served(let id), .refusing(let id, _): gate.closed(id)
        case .starting, .closed: break
        }
        mode = .closed
    }
}

extension Duration {
    /// The duration in whole nanoseconds (for NIO's `TimeAmount`).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

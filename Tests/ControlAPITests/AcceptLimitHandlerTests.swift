import Logging
import NIOCore
import NIOEmbedded
import Testing
@testable import ControlAPI

/// The listening channel stops accepting at its ceiling of open sockets and resumes when one
/// closes: `read()` (the next accept) is held back, not dropped.
@Suite("Accept limit on the listening channel")
struct AcceptLimitHandlerTests {
    /// Counts the reads that get past the limit (it sits between this and the head).
    final class ReadCounter: ChannelOutboundHandler {
        typealias OutboundIn = Channel
        var reads = 0
        func read(context: ChannelHandlerContext) {
            reads += 1
            context.read()
        }
    }

    @Test("reads pass below the ceiling, are held at it, and pass again after a socket closes")
    func holdsAtCeiling() throws {
        let gate = ConnectionGate(limits: ConnectionLimits(maxConnections: 1), logger: Logger(label: "test"))
        let counter = ReadCounter()
        let server = EmbeddedChannel()
        try server.pipeline.syncOperations.addHandler(counter)
        try server.pipeline.syncOperations.addHandler(AcceptLimitHandler(ceiling: 2, gate: gate))
        let children = [EmbeddedChannel(), EmbeddedChannel(), EmbeddedChannel()]

        server.read()
        #expect(counter.reads == 1)
        try server.writeInbound(children[0] as Channel)
        server.read()
        #expect(counter.reads == 2)
        try server.writeInbound(children[1] as Channel)
        server.read()
        server.read()
        #expect(counter.reads == 2, "accepted past the ceiling")
        #expect(gate.counters.acceptPaused == 1)

        try children[0].close().wait()
        children[0].embeddedEventLoop.run()
        server.embeddedEventLoop.run()
        #expect(counter.reads == 3, "the held accept did not resume")
        server.read()                              // one open again: below the ceiling
        #expect(counter.reads == 4)
        _ = try server.readInbound(as: Channel.self)
        _ = try server.readInbound(as: Channel.self)
    }
}

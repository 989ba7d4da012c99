import Foundation
import Logging
import Playout

/// Keeps one comment source connected: runs its sessions one after another with the same
/// `ReconnectPolicy` (backoff with jitter, reset after a healthy connection) the RTMP
/// destinations use, without the TCP probe shortcut (chat servers are not ours to probe).
/// The status says what it is doing; `stop` ends it.
public final class SourceRunner: Sendable {
    public let source: any CommentSource
    public let status: SourceStatus
    private let task: Task<Void, Never>

    public init(source: any CommentSource, policy: ReconnectPolicy.Settings = SourceRunner.policy, logger: Logger,
                deliver: @escaping @Sendable (CommentEvent) -> Void) {
        let status = SourceStatus(name: source.name, type: source.type)
        self.source = source; self.status = status
        task = Task.detached {
            await Self.loop(source, policy: ReconnectPolicy(settings: policy), status: status, logger: logger, deliver: deliver)
        }
    }

    /// 1 s, ×2 per failure in a row, at most 30 s, ±20 %; healthy after 10 s; no probes.
    public static let policy = ReconnectPolicy.Settings(firstDelay: .seconds(1), growth: 2, maxDelay: .seconds(30),
                                                        jitter: 0.2, resetAfter: .seconds(10), probeInterval: .zero)

    public func stop() { task.cancel() }

    private static func loop(_ source: any CommentSource, policy: ReconnectPolicy, status: SourceStatus, logger: Logger,
                             deliver: @escaping @Sendable (CommentEvent) -> Void) async {
        var policy = policy
        let clock = ContinuousClock(), origin = clock.now
        var action = policy.start()
        var attempt = 0
        while !Task.isCancelled {
            switch action {
            case .wait(let delay), .probe(after: let delay):
                status.update { $0.state = "backoff" }
                try? await Task.sleep(for: delay)
                if Task.isCancelled { break }
            case .connect: break
            }
            attempt += 1
            status.update { $0.state = "connecting"; if attempt > 1 { $0.reconnectAttempts += 1 } }
            let started = clock.now
            var wasUp = false
            do {
                try await source.session(connected: {
                    status.update { state in
                        if state.everConnected { state.reconnects += 1 }
                        state.everConnected = true; state.state = "live"
                    }
                    logger.info("comment source connected", metadata: ["source": "\(source.name)", "type": "\(source.type)"])
                }, deliver: { event in
                    status.update { $0.events += 1 }
                    deliver(event)
                })
                wasUp = status.snapshot().state == "live"
                status.update { $0.lastError = "the server closed the connection" }
            } catch {
                wasUp = status.snapshot().state == "live"
                status.update { $0.lastError = "\(error)" }
            }
            if Task.isCancelled { break }
            let now = origin.duration(to: clock.now)
            action = wasUp ? policy.connectionLost(after: started.duration(to: clock.now), at: now) : policy.connectFailed(at: now)
            logger.warning("comment source down; reconnecting", metadata: [
                "source": "\(source.name)", "failures": "\(policy.failures)", "error": "\(status.snapshot().lastError ?? "")"])
        }
        status.update { $0.state = "stopped" }
    }
}

/// One source's state for `/status` and metrics; thread-safe.
public final class SourceStatus: @unchecked Sendable {  // `lock` guards `value`
    public struct Value: Sendable, Equatable {
        public var name: String
        public var type: String
        public var state = "connecting"
        public var everConnected = false
        public var events = 0
        public var reconnects = 0
        public var reconnectAttempts = 0
        public var lastError: String?
    }

    private let lock = NSLock()
    private var value: Value

    public init(name: String, type: String, state: String = "connecting") {
        value = Value(name: name, type: type, state: state)
    }

    public func update(_ change: (inout Value) -> Void) { lock.withLock { change(&value) } }
    public func snapshot() -> Value { lock.withLock { value } }
}

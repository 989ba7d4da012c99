import Foundation
import Logging
import NIOCore

/// The connection table shared by every connection of one server, and the way to close a
/// displaced one. Connections live on several event loops, so the table is behind a lock;
/// closing runs outside it.
///
/// `@unchecked Sendable`: `table`, `closers`, `nextID` and the counters are only touched while
/// holding `lock`; the closers themselves are `@Sendable`.
public final class ConnectionGate: @unchecked Sendable {
    private let lock = NSLock()
    private var table: ConnectionTable
    private var closers: [Int: @Sendable () -> Void] = [:]
    private var nextID = 0
    private var counts = Counts()
    private var lastReport = ContinuousClock.now
    private let logger: Logger
    public let limits: ConnectionLimits

    /// What the gate did since it started (logged, at most every 10 s, while clients press).
    public struct Counts: Sendable, Equatable {
        public var displaced = 0
        public var refused = 0
        public var dropped = 0
        public var timedOut = 0
        /// Times the server stopped accepting because it held `limits.maxAccepted` sockets.
        public var acceptPaused = 0
    }

    public init(limits: ConnectionLimits, logger: Logger) {
        table = ConnectionTable(limits: limits)
        self.limits = limits
        self.logger = logger
    }

    public var counters: Counts { lock.withLock { counts } }
    public var served: Int { lock.withLock { table.servedCount } }

    /// A new connection: its id and admission; `close` closes it if it is displaced later.
    func open(close: @escaping @Sendable () -> Void) -> (id: Int, admission: ConnectionTable.Admission) {
        let (id, admission, victim) = lock.withLock { () -> (Int, ConnectionTable.Admission, (@Sendable () -> Void)?) in
            nextID += 1
            let admission = table.open(nextID)
            var victim: (@Sendable () -> Void)?
            switch admission {
            case .admit: closers[nextID] = close
            case .admitEvicting(let old):
                closers[nextID] = close
                victim = closers.removeValue(forKey: old)
                counts.displaced += 1
            case .refuse: counts.refused += 1
            case .drop: counts.dropped += 1
            }
            return (nextID, admission, victim)
        }
        victim?()
        if admission != .admit { reportPressure() }
        return (id, admission)
    }

    func busy(_ id: Int) { lock.withLock { table.busy(id) } }
    func waiting(_ id: Int) { lock.withLock { table.waiting(id) } }

    func closed(_ id: Int) {
        lock.withLock {
            table.close(id)
            closers[id] = nil
        }
    }

    /// Holds `server` (the listening channel, as `onServerRunning` gives it) to
    /// `limits.maxAccepted` sockets: past them it accepts nothing until one closes.
    public func holdAccepting(_ server: any Channel) async {
        let ceiling = limits.maxAccepted
        do {
            try await server.eventLoop.submit {
                try server.pipeline.syncOperations.addHandler(AcceptLimitHandler(ceiling: ceiling, gate: self), position: .first)
            }.get()
        } catch {
            logger.error("HTTP server: cannot limit accepted connections", metadata: ["error": "\(error)"])
        }
    }

    func acceptPaused() {
        lock.withLock { counts.acceptPaused += 1 }
        reportPressure()
    }

    func timedOut() {
        lock.withLock { counts.timedOut += 1 }
        reportPressure()
    }

    /// At most one warning every 10 s while clients press on the limits.
    private func reportPressure() {
        let report = lock.withLock { () -> Counts? in
            let now = ContinuousClock.now
            guard now - lastReport >= .seconds(10) else { return nil }
            lastReport = now
            return counts
        }
        guard let report else { return }
        logger.warning("HTTP connections at their limits", metadata: [
            "max_connections": "\(limits.maxConnections)", "displaced_idle": "\(report.displaced)",
            "refused_503": "\(report.refused)", "dropped": "\(report.dropped)", "timed_out": "\(report.timedOut)", "accept_paused": "\(report.acceptPaused)",
        ])
    }
}

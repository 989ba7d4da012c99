/// Turns the totals each destination worker keeps (dropped packets, recoveries, attempts) into
/// the increments Prometheus counters take, per destination name, across sessions.
struct DestinationCounterMirror {
    private struct Totals { var dropped = 0, reconnects = 0, attempts = 0 }
    private var seen: [ObjectIdentifier: Totals] = [:]

    mutating func report(_ workers: [DestinationWorker], to metrics: EngineMetrics) {
        var current: [ObjectIdentifier: Totals] = [:]
        for worker in workers {
            let status = worker.status, id = ObjectIdentifier(worker)
            let last = seen[id] ?? Totals()
            metrics.destination(status.name, droppedSinceLast: status.droppedPackets - last.dropped,
                                reconnectsSinceLast: status.reconnects - last.reconnects,
                                attemptsSinceLast: status.reconnectAttempts - last.attempts)
            current[id] = Totals(dropped: status.droppedPackets, reconnects: status.reconnects,
                                 attempts: status.reconnectAttempts)
        }
        seen = current
    }
}

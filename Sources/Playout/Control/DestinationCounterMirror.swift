/// Turns the totals each destination worker keeps (dropped packets, reconnects) into the
/// increments Prometheus counters take, per destination name, across sessions.
struct DestinationCounterMirror {
    private var seen: [ObjectIdentifier: (dropped: Int, reconnects: Int)] = [:]

    mutating func report(_ workers: [DestinationWorker], to metrics: EngineMetrics) {
        var current: [ObjectIdentifier: (dropped: Int, reconnects: Int)] = [:]
        for worker in workers {
            let status = worker.status, id = ObjectIdentifier(worker)
            let last = seen[id] ?? (0, 0)
            metrics.destination(status.name, droppedSinceLast: status.droppedPackets - last.dropped,
                                reconnectsSinceLast: status.reconnects - last.reconnects)
            current[id] = (status.droppedPackets, status.reconnects)
        }
        seen = current
    }
}

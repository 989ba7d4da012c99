/// Turns the totals each destination keeps (dropped packets, recoveries, attempts) into the
/// increments Prometheus counters take, per destination name, across sessions.
struct DestinationCounterMirror {
    private struct Totals { var dropped = 0, reconnects = 0, attempts = 0 }
    /// One destination of one session's sink.
    private struct Key: Hashable { var sink: ObjectIdentifier, destination: Int }
    private var seen: [Key: Totals] = [:]

    mutating func report(_ sinks: [any PacketSink], to metrics: EngineMetrics) {
        var current: [Key: Totals] = [:]
        for sink in sinks {
            for (index, status) in sink.statuses.enumerated() {
                let id = Key(sink: ObjectIdentifier(sink), destination: index)
                let last = seen[id] ?? Totals()
                metrics.destination(status.name, droppedSinceLast: status.droppedPackets - last.dropped,
                                    reconnectsSinceLast: status.reconnects - last.reconnects,
                                    attemptsSinceLast: status.reconnectAttempts - last.attempts)
                current[id] = Totals(dropped: status.droppedPackets, reconnects: status.reconnects,
                                     attempts: status.reconnectAttempts)
            }
        }
        seen = current
    }
}

/// Which connections the HTTP server holds, and what to do with a new one when it is full.
///
/// A pure state machine over connection ids (the handler carries out what it returns):
/// a new connection is admitted while there is room; when full, it takes the place of the
/// connection that has waited longest for its next request (idle after an answer, or still
/// sending its headers), which is closed; only when every connection is busy with a request
/// is the new one refused (answered 503), and past `maxRefusing` such, dropped.
///
/// ```swift
/// var table = ConnectionTable(limits: ConnectionLimits(maxConnections: 2))
/// table.open(1)            // .admit
/// table.busy(1)            // request head read
/// table.open(2)            // .admit (still waiting for its request)
/// table.open(3)            // .admitEvicting(2)
/// ```
public struct ConnectionTable: Sendable {
    public enum Admission: Sendable, Equatable {
        case admit
        /// Admitted in the place of this connection, which must be closed.
        case admitEvicting(Int)
        /// Full of busy connections: answer 503 and close.
        case refuse
        /// Not even room to refuse: close at once.
        case drop
    }

    public let limits: ConnectionLimits
    /// Served connections: the order they began to wait for a request, nil while busy with one.
    private var served: [Int: UInt64?] = [:]
    private var refusing: Set<Int> = []
    private var tick: UInt64 = 0

    public init(limits: ConnectionLimits) { self.limits = limits }

    public var servedCount: Int { served.count }
    public var refusingCount: Int { refusing.count }

    /// A connection opened: whether it is served, and whom it displaces.
    public mutating func open(_ id: Int) -> Admission {
        if served.count < limits.maxConnections {
            served[id] = .some(nextTick())
            return .admit
        }
        let idle = served.compactMap { entry in entry.value.map { (id: entry.key, since: $0) } }
        if let oldest = idle.min(by: { $0.since < $1.since }) {
            served[oldest.id] = nil
            served[id] = .some(nextTick())
            return .admitEvicting(oldest.id)
        }
        if refusing.count < limits.maxRefusing {
            refusing.insert(id)
            return .refuse
        }
        return .drop
    }

    /// `id` read a request head: it is busy until `waiting` and cannot be displaced.
    public mutating func busy(_ id: Int) {
        if served[id] != nil { served[id] = .some(nil) }
    }

    /// `id` finished its request and answer and waits for the next one.
    public mutating func waiting(_ id: Int) {
        if served[id] != nil { served[id] = .some(nextTick()) }
    }

    /// `id` closed (or was displaced): its place is free.
    public mutating func close(_ id: Int) {
        served[id] = nil
        refusing.remove(id)
    }

    private mutating func nextTick() -> UInt64 {
        tick += 1
        return tick
    }
}

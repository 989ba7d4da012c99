/// Bits per second sent over a sliding window, from byte counts stamped with a clock reading.
///
/// Pure: the caller passes the time. Memory is bounded by the packets of one window.
public struct BitrateMeter: Sendable {
    public let window: Duration
    private var samples: [(at: Duration, bytes: Int)] = []
    private var head = 0
    private var total = 0
    private var first: Duration?

    public init(window: Duration = .seconds(5)) { self.window = window }

    /// Counts `bytes` sent at `time`.
    public mutating func record(bytes: Int, at time: Duration) {
        if first == nil { first = time }
        samples.append((time, bytes))
        total += bytes
        prune(before: time - window)
    }

    /// Average over the last `window` (or since the first record, when that is shorter).
    public mutating func bitsPerSecond(at time: Duration) -> Int {
        prune(before: time - window)
        guard let first else { return 0 }
        let span = min(window, time - first)
        guard span > .zero else { return 0 }
        let seconds = Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18
        return Int((Double(total * 8) / seconds).rounded())
    }

    private mutating func prune(before cutoff: Duration) {
        while head < samples.count, samples[head].at <= cutoff {
            total -= samples[head].bytes
            head += 1
        }
        if head >= 256, head * 2 >= samples.count {
            samples.removeFirst(head)
            head = 0
        }
    }
}

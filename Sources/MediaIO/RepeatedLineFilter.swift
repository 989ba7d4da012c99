/// Keeps a log readable when the same line comes again and again (a relay ingest whose server
/// is down fails the same way every retry): the first of a kind passes, the same line again
/// within `window` is only counted, and the next one after the window passes with that count.
///
/// ```swift
/// var filter = RepeatedLineFilter(window: 60 * 1000)
/// filter.admit("tcp: Connection refused", at: 0)       // 0: log it
/// filter.admit("tcp: Connection refused", at: 500)     // nil: counted, not logged
/// filter.admit("tcp: Connection refused", at: 61_000)  // 1: log it, "1 more since"
/// ```
public struct RepeatedLineFilter {
    /// Milliseconds a line stays quiet after it was let through.
    public let window: Int
    /// Lines remembered at most (the oldest is forgotten first).
    public let capacity: Int
    private var lines: [String: (passedAt: Int, held: Int)] = [:]

    public init(window: Int, capacity: Int = 64) {
        self.window = window
        self.capacity = capacity
    }

    /// Nil while `line` at `time` (milliseconds) is held back; otherwise it goes to the log,
    /// and the result is how many of it were held back since it last did.
    public mutating func admit(_ line: String, at time: Int) -> Int? {
        if let seen = lines[line], time - seen.passedAt < window {
            lines[line] = (seen.passedAt, seen.held + 1)
            return nil
        }
        let held = lines[line]?.held ?? 0
        if lines[line] == nil, lines.count >= capacity, let oldest = lines.min(by: { $0.value.passedAt < $1.value.passedAt }) {
            lines[oldest.key] = nil
        }
        lines[line] = (time, 0)
        return held
    }
}

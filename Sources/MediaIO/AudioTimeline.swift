/// Keeps decoded audio chunks on one gapless 48 kHz sample line: a chunk that starts later
/// than expected gets silence before it, one that overlaps what was already given loses its
/// front. Differences within `tolerance` samples are jitter and ignored.
///
/// ```swift
/// var line = AudioTimeline()
/// line.place(start: 0, count: 1_024)       // (silence: 0, drop: 0, position: 0)
/// line.place(start: 3_000, count: 1_024)   // (silence: 1_976, drop: 0, position: 1_024)
/// ```
public struct AudioTimeline: Sendable, Equatable {
    /// The next sample position to hand out.
    public private(set) var position: Int64 = 0
    public let tolerance: Int64

    public init(tolerance: Int64 = 960) { self.tolerance = tolerance }

    /// Where a chunk of `count` samples meant for `start` goes: silence to insert before it,
    /// samples to drop from its front, and the position its first kept sample (or silence) lands at.
    public mutating func place(start: Int64, count: Int) -> (silence: Int, drop: Int, position: Int64) {
        let at = position
        var silence = 0, drop = 0
        if start - position > tolerance { silence = Int(start - position) }
        if position - start > tolerance { drop = min(count, Int(position - start)) }
        position += Int64(silence + count - drop)
        return (silence, drop, at)
    }

    /// Silence needed to bring the line up to `target` (nothing if already there).
    public mutating func fill(upTo target: Int64) -> (count: Int, position: Int64) {
        let at = position
        guard target > position else { return (0, at) }
        position = target
        return (Int(target - at), at)
    }
}

import Foundation

/// Joins two spans of a feed's sound where frames were repeated or dropped, without a click.
enum AudioSplice {
    /// `from` fading into `to` across the whole span (interleaved stereo, equal lengths; a
    /// raised-cosine fade). It starts as `from` and ends as `to`, so whatever continues `from`'s
    /// start before it and `to`'s end after it runs on without a jump:
    ///
    /// - a repeat between frames A and B is `crossfade(from: B, to: A)` (A's sound went out,
    ///   B's start continues it; A's end leads into B again);
    /// - a dropped frame D before C makes C's sound `crossfade(from: D, to: C)`.
    static func crossfade(from: [Float], to: [Float]) -> [Float] {
        precondition(from.count == to.count && from.count % 2 == 0, "two stereo spans of one length")
        let count = from.count / 2
        var out = [Float](repeating: 0, count: from.count)
        for i in 0..<count {
            let weight = Float(0.5 - 0.5 * cos(Double.pi * (Double(i) + 0.5) / Double(count)))
            out[2 * i] = from[2 * i] + (to[2 * i] - from[2 * i]) * weight
            out[2 * i + 1] = from[2 * i + 1] + (to[2 * i + 1] - from[2 * i + 1]) * weight
        }
        return out
    }
}

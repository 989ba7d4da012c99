/// A mouth shape. The avatar draws one mouth per viseme; speech maps phonemes to these.
public enum Viseme: String, Sendable, CaseIterable, Codable {
    /// Mouth closed: silence, and before speech starts.
    case rest
    /// Lips pressed: m, b, p.
    case closed
    /// Open wide: a.
    case open
    /// Spread: e, i.
    case wide
    /// Rounded: o, u, w.
    case round
    /// Lower lip to teeth: f, v.
    case teeth
    /// Slightly open, for most consonants.
    case narrow
}

/// Mouth shapes over a span of audio: each cue holds from its sample until the next cue.
public struct VisemeTrack: Sendable, Equatable {
    public struct Cue: Sendable, Equatable {
        public var sample: Int
        public var viseme: Viseme
        public init(sample: Int, viseme: Viseme) { self.sample = sample; self.viseme = viseme }
    }

    /// Cues in increasing sample order; the first is at sample 0.
    public private(set) var cues: [Cue]
    /// Samples the track covers; past it the mouth is at rest.
    public let length: Int

    /// Builds a track from cues in any order; adds a `.rest` cue at 0 when none is there and
    /// merges neighbours with the same shape.
    public init(cues unsorted: [Cue], length: Int) {
        // Stable by sample: of cues at the same sample, the one given last wins.
        let sorted = unsorted.enumerated()
            .filter { $0.element.sample < length }
            .sorted { ($0.element.sample, $0.offset) < ($1.element.sample, $1.offset) }
            .map(\.element)
        var merged: [Cue] = []
        if sorted.first?.sample != 0 { merged.append(Cue(sample: 0, viseme: .rest)) }
        for cue in sorted {
            if let last = merged.last, last.sample == cue.sample {
                merged[merged.count - 1] = cue
            } else if merged.last?.viseme != cue.viseme {
                merged.append(cue)
            }
        }
        self.cues = merged
        self.length = length
    }

    /// The mouth shape at `sample` (binary search).
    public func viseme(at sample: Int) -> Viseme {
        guard sample >= 0, sample < length, !cues.isEmpty else { return .rest }
        var low = 0, high = cues.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if cues[mid].sample <= sample { low = mid } else { high = mid - 1 }
        }
        return cues[low].viseme
    }

    /// This track moved `offset` samples later inside a span of `length` samples.
    public func shifted(by offset: Int, length newLength: Int) -> VisemeTrack {
        VisemeTrack(cues: cues.map { Cue(sample: $0.sample + offset, viseme: $0.viseme) }, length: newLength)
    }

    /// The part of this track from `start` to `end`, moved to begin at 0 with the shape
    /// the mouth has at `start`.
    public func slice(from start: Int, to end: Int) -> VisemeTrack {
        let inside = cues.filter { $0.sample > start && $0.sample < end }.map { Cue(sample: $0.sample - start, viseme: $0.viseme) }
        return VisemeTrack(cues: [Cue(sample: 0, viseme: viseme(at: start))] + inside, length: end - start)
    }

    /// Concatenates tracks placed at the given offsets into one track of `length` samples.
    public static func joined(_ parts: [(offset: Int, track: VisemeTrack)], length: Int) -> VisemeTrack {
        var all: [Cue] = [Cue(sample: 0, viseme: .rest)]
        for part in parts {
            all += part.track.cues.map { Cue(sample: $0.sample + part.offset, viseme: $0.viseme) }
            all.append(Cue(sample: part.offset + part.track.length, viseme: .rest))
        }
        return VisemeTrack(cues: all, length: length)
    }
}

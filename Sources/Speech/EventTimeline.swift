/// One espeak-ng event as the synth callback saw it, before clean-up.
struct RawEvent: Equatable {
    enum Kind: Equatable {
        /// `textPosition` is 1-based and counts Unicode scalars; `length` too.
        case word(textPosition: Int, length: Int)
        case phoneme(String)
        /// End of a clause or sentence; the last one is the end of the audio.
        case end
    }

    var kind: Kind
    /// Position in samples from the start of this utterance.
    var sample: Int
}

/// Turns raw espeak-ng events into the ordered word and phoneme marks of an `Utterance`.
enum EventTimeline {
    /// The sample an event starts at. espeak-ng's `sample` field is exact (it equals the count
    /// of samples delivered before the event) but the header calls it internal; `audio_position`
    /// is the same instant truncated to ms. Trust `sample` while it agrees with the ms value,
    /// else fall back to converting the ms.
    static func sample(reported: Int, audioPositionMs: Int, sampleRate: Int) -> Int {
        let fromMs = audioPositionMs * sampleRate / 1000
        let slack = sampleRate / 1000 + 1
        return (fromMs...(fromMs + slack)).contains(reported) ? reported : fromMs
    }

    /// Words, phonemes and clause ends in arrival order, each position clamped to
    /// `0...sampleCount` and raised to the previous one so marks never go back. Empty words
    /// (position 0, length 0, which espeak-ng 1.51 sometimes emits after a clause pause) are
    /// dropped. The phonemes end with a pause `_` at `sampleCount`, so the mouth closes when the
    /// audio ends. Clause ends at 0 or at the end of the audio (the last clause's) are left out.
    static func marks(from events: [RawEvent], sampleCount: Int, text: String)
        -> (words: [WordMark], phonemes: [PhonemeMark], clauseEnds: [Int]) {
        let scalarIndices = Array(text.unicodeScalars.indices) + [text.endIndex]
        var words: [WordMark] = []
        var phonemes: [PhonemeMark] = []
        var clauseEnds: [Int] = []
        var floor = 0
        for event in events {
            let sample = min(max(event.sample, floor), sampleCount)
            floor = sample
            switch event.kind {
            case .word(let position, let length):
                guard position > 0, length > 0 else { continue }
                words.append(WordMark(textRange: range(position, length, in: scalarIndices), sample: sample))
            case .phoneme(let name):
                phonemes.append(PhonemeMark(name: name, sample: sample))
            case .end:
                if sample > (clauseEnds.last ?? 0), sample < sampleCount { clauseEnds.append(sample) }
            }
        }
        if phonemes.last?.name == "_" { phonemes.removeLast() }
        phonemes.append(PhonemeMark(name: "_", sample: sampleCount))
        return (words, phonemes, clauseEnds)
    }

    /// The text range of a 1-based scalar position and length; nil when it starts outside.
    private static func range(_ position: Int, _ length: Int, in indices: [String.Index]) -> Range<String.Index>? {
        let scalarCount = indices.count - 1
        let start = position - 1
        guard start >= 0, start < scalarCount, length > 0 else { return nil }
        return indices[start]..<indices[min(start + length, scalarCount)]
    }
}

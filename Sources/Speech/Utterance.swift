import StandInCore

/// Speech audio for one piece of text, with where each word and phoneme starts.
///
/// All positions are sample offsets into `samples`, taken from the exact sample counter
/// espeak-ng keeps for its events (not rounded milliseconds). Marks are in order, never
/// decrease and lie in `0...length`.
public struct Utterance: Sendable, Equatable {
    /// The text that was spoken; `WordMark.textRange` indexes into it.
    public var text: String
    /// Mono 16-bit PCM.
    public var samples: [Int16]
    /// Samples per second of `samples`: espeak-ng's rate (22050).
    public var sampleRate: Int
    /// Words in speaking order (a number can yield several marks, e.g. "24.99").
    public var words: [WordMark]
    /// Phonemes in speaking order, as espeak-ng mnemonics (`h`, `@`, `oU`, `ts.`; pauses `_`,
    /// `_:`, `_|`). The last mark is a pause `_` at `length`, the end of the audio.
    public var phonemes: [PhonemeMark]
    /// Where each clause but the last ends (espeak-ng's END events at commas and the like),
    /// after the clause's pause: the next clause's first sample. In order, inside `1..<length`.
    public var clauseEnds: [Int]

    /// Number of samples.
    public var length: Int { samples.count }

    public init(text: String, samples: [Int16], sampleRate: Int, words: [WordMark], phonemes: [PhonemeMark],
                clauseEnds: [Int] = []) {
        self.text = text; self.samples = samples; self.sampleRate = sampleRate
        self.words = words; self.phonemes = phonemes; self.clauseEnds = clauseEnds
    }

    /// Mouth shapes for this utterance with cue positions converted to `rate` (e.g. 48_000);
    /// length = samples.count scaled to that rate (rounded up).
    ///
    /// The mouth is `.rest` from 0 to the first phoneme, in pauses and after the last phoneme.
    /// Cue positions are rounded to the nearest sample at `rate`.
    public func visemes(atSampleRate rate: Int) -> VisemeTrack {
        guard sampleRate > 0, rate > 0 else { return VisemeTrack(cues: [], length: 0) }
        let scaledLength = (length * rate + sampleRate - 1) / sampleRate
        let cues = phonemes.map { mark in
            VisemeTrack.Cue(sample: (mark.sample * rate + sampleRate / 2) / sampleRate,
                            viseme: VisemeMapper.viseme(forPhoneme: mark.name))
        }
        return VisemeTrack(cues: cues, length: scaledLength)
    }

    /// The text of `word`, or nil when espeak-ng gave no usable position for it.
    public func text(of word: WordMark) -> Substring? {
        word.textRange.map { text[$0] }
    }
}

/// Where a spoken word starts in the audio and which part of the text it came from.
public struct WordMark: Sendable, Equatable {
    /// The word's characters in `Utterance.text`; nil when espeak-ng's position falls outside
    /// the text. espeak-ng counts Unicode scalars, so the bounds are scalar-aligned.
    public var textRange: Range<String.Index>?
    /// First sample of the word.
    public var sample: Int

    public init(textRange: Range<String.Index>?, sample: Int) {
        self.textRange = textRange; self.sample = sample
    }
}

/// Where one phoneme starts in the audio.
public struct PhonemeMark: Sendable, Equatable {
    /// espeak-ng phoneme mnemonic, e.g. `m`, `A:`, `tS;`; names starting with `_` are pauses.
    public var name: String
    /// First sample of the phoneme.
    public var sample: Int

    public init(name: String, sample: Int) { self.name = name; self.sample = sample }
}

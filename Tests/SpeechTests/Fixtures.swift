import StandInCore
@testable import Speech

/// Voices and checks shared by the speech tests (real espeak-ng, no mocks).
enum Fixtures {
    static let english = Persona.Voice(espeakVoice: "en-us", rate: 175, pitch: 50, pauseAfterSentenceMs: 300)
    static let mandarin = Persona.Voice(espeakVoice: "cmn-latn-pinyin", rate: 175, pitch: 55, pauseAfterSentenceMs: 300)

    /// Root mean square of the samples, full scale = 32768.
    static func rms(_ samples: [Int16]) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
        return (sum / Double(samples.count)).squareRoot()
    }

    /// What a recording says, without its timing: phoneme names, then the text of each word.
    static func content(of recorder: SynthesisRecorder, text: String) -> [String] {
        let marks = EventTimeline.marks(from: recorder.events, sampleCount: recorder.samples.count, text: text)
        return marks.phonemes.map(\.name) + marks.words.map { $0.textRange.map { String(text[$0]) } ?? "?" }
    }

    /// Samples in `ms` milliseconds at `rate`.
    static func samples(ms: Int, rate: Int = 22_050) -> Int { ms * rate / 1000 }
}

extension Array where Element == Int {
    /// True when no element is smaller than the one before it.
    var isNonDecreasing: Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}

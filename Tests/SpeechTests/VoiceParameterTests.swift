import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Speech

/// Pitch range, volume and pronunciation fixes reach espeak-ng and change the audio.
@Suite("Voice parameters", .serialized)
struct VoiceParameterTests {
    @Test func volumeScalesTheLevel() throws {
        let speech = try SpeechSynthesizer.shared()
        var quiet = Fixtures.english, loud = Fixtures.english
        quiet.volume = 40
        loud.volume = 160
        let text = "Volume check for the tea house."
        let quietRMS = Fixtures.rms(try speech.synthesize(text, voice: quiet).samples)
        let loudRMS = Fixtures.rms(try speech.synthesize(text, voice: loud).samples)
        #expect(loudRMS > quietRMS * 2, "quiet \(quietRMS), loud \(loudRMS)")
    }

    @Test func pitchRangeChangesTheAudioAndIsPartOfTheCacheKey() throws {
        let speech = try SpeechSynthesizer.shared()
        var flat = Fixtures.english, lively = Fixtures.english
        flat.pitchRange = 0
        lively.pitchRange = 100
        let text = "Is the range reaching espeak? It really should."
        let a = try speech.synthesize(text, voice: flat), b = try speech.synthesize(text, voice: lively)
        #expect(a.samples != b.samples)
        #expect(try speech.synthesize(text, voice: flat).samples == a.samples)
    }

    @Test func pronunciationFixesChangeWhatEspeakSays() throws {
        let speech = try SpeechSynthesizer.shared()
        let written = "欢迎来到山间茶舍。"
        let spoken = written.replacingOccurrences(of: "茶舍", with: "cha2 she4")
        let raw = try speech.synthesize(written, voice: Fixtures.mandarin)
        let fixed = try speech.synthesize(spoken, voice: Fixtures.mandarin)
        // Same syllables, a different tone on 舍 (she4, not she3): different audio.
        #expect(raw.samples != fixed.samples)
        #expect(raw.phonemes.count == fixed.phonemes.count)
    }
}

/// A voice's files are loaded when the voice changes, not for every line: switching back
/// and forth still speaks each line with its own voice. Compared by phonemes, which a voice
/// decides; the samples drift slightly between calls by espeak-ng's design (`UtteranceCache`).
@Suite("Voice loading", .serialized)
struct VoiceLoadingTests {
    static func phonemes(_ recorder: SynthesisRecorder) -> [String] {
        recorder.events.compactMap { if case .phoneme(let name) = $0.kind { name } else { nil } }
    }

    @Test func switchingVoicesStillChangesTheVoice() throws {
        let speech = try SpeechSynthesizer.shared()
        let text = "hello tea house"
        try speech.load(Fixtures.english)
        let first = Self.phonemes(try speech.record(text, voice: Fixtures.english))
        let again = Self.phonemes(try speech.record(text, voice: Fixtures.english))    // no reload
        let other = Self.phonemes(try speech.record(text, voice: Fixtures.mandarin))
        let back = Self.phonemes(try speech.record(text, voice: Fixtures.english))
        #expect(!first.isEmpty && first == again && first == back, "\(first) \(again) \(back)")
        #expect(other != first, "\(other)")
    }
}

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

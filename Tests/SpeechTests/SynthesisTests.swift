import StandInCore
import Testing
@testable import Speech

/// Real espeak-ng synthesis: audio, word and phoneme marks, voices, errors.
@Suite("Synthesis")
struct SynthesisTests {
    static let sentences: [(text: String, voice: Persona.Voice)] = [
        ("Hello mama, bob is here. Only $24.99 today!", Fixtures.english),
        ("欢迎来到直播间，这款耳机只要89元！快来下单。", Fixtures.mandarin),
    ]

    @Test("speaks English and Mandarin with audible audio at 22050 Hz", arguments: sentences)
    func audio(text: String, voice: Persona.Voice) throws {
        let utterance = try SpeechSynthesizer.shared().synthesize(text, voice: voice)
        #expect(utterance.sampleRate == 22_050)
        #expect(utterance.length > utterance.sampleRate / 2)
        #expect(Fixtures.rms(utterance.samples) > 500)
    }

    @Test("marks are ordered, inside the audio, and end at its length", arguments: sentences)
    func marks(text: String, voice: Persona.Voice) throws {
        let utterance = try SpeechSynthesizer.shared().synthesize(text, voice: voice)
        let words = utterance.words.map(\.sample)
        let phonemes = utterance.phonemes.map(\.sample)
        #expect(!words.isEmpty)
        #expect(words.isNonDecreasing)
        #expect(phonemes.isNonDecreasing)
        #expect((words + phonemes).allSatisfy { (0...utterance.length).contains($0) })
        #expect(utterance.phonemes.last == PhonemeMark(name: "_", sample: utterance.length))
        #expect(utterance.words.allSatisfy { $0.textRange != nil })
    }

    @Test("espeak-ng's own END event lands within 5 ms of the audio length", arguments: sentences)
    func rawEnd(text: String, voice: Persona.Voice) throws {
        let recorder = try SpeechSynthesizer.shared().record(text, voice: voice)
        let end = try #require(recorder.events.last { $0.kind == .end })
        #expect(abs(end.sample - recorder.samples.count) <= Fixtures.samples(ms: 5))
        #expect(recorder.events.map(\.sample).isNonDecreasing)
    }

    @Test("English words point at their text")
    func englishWords() throws {
        let utterance = try SpeechSynthesizer.shared().synthesize("Hello mama, bob is here.", voice: Fixtures.english)
        #expect(utterance.words.compactMap { utterance.text(of: $0) } == ["Hello", "mama", "bob", "is", "here"])
        #expect(utterance.words.first?.sample == 0)
    }

    @Test("Mandarin gives one word per Han character")
    func mandarinWords() throws {
        let text = "欢迎来到直播间。"
        let utterance = try SpeechSynthesizer.shared().synthesize(text, voice: Fixtures.mandarin)
        #expect(utterance.words.compactMap { utterance.text(of: $0) } == ["欢", "迎", "来", "到", "直", "播", "间"])
        #expect(Set(utterance.words.map(\.sample)).count == 7)
    }

    @Test("the same text and voice give identical samples")
    func deterministic() throws {
        let speech = try SpeechSynthesizer.shared()
        for (text, voice) in Self.sentences {
            let first = try speech.synthesize(text, voice: voice)
            let second = try speech.synthesize(text, voice: voice)
            let identical = first == second
            #expect(identical)
        }
    }

    @Test("espeak-ng itself repeats a request only approximately: same phonemes, length within 5 %")
    func espeakRepeat() throws {
        let speech = try SpeechSynthesizer.shared()
        for (text, voice) in Self.sentences {
            let first = try speech.record(text, voice: voice)
            let second = try speech.record(text, voice: voice)
            #expect(Fixtures.content(of: first, text: text) == Fixtures.content(of: second, text: text))
            #expect(abs(first.samples.count - second.samples.count) * 20 < first.samples.count)
        }
    }

    @Test("a faster rate gives shorter audio")
    func rate() throws {
        let speech = try SpeechSynthesizer.shared()
        var fast = Fixtures.english
        fast.rate = 350
        let normal = try speech.synthesize("This is a test of the speaking rate.", voice: Fixtures.english)
        let quick = try speech.synthesize("This is a test of the speaking rate.", voice: fast)
        #expect(quick.length * 3 < normal.length * 2)
    }

    @Test("empty text gives only espeak-ng's short closing pause")
    func empty() throws {
        let utterance = try SpeechSynthesizer.shared().synthesize("", voice: Fixtures.english)
        #expect(utterance.length <= Fixtures.samples(ms: 100))
        #expect(utterance.words.isEmpty)
        #expect(utterance.phonemes.last == PhonemeMark(name: "_", sample: utterance.length))
        #expect(utterance.visemes(atSampleRate: 48_000).cues.allSatisfy { $0.viseme == .rest })
    }

    @Test("installed voices include the two StandIn uses")
    func voices() throws {
        let voices = try SpeechSynthesizer.shared().installedVoices()
        #expect(voices.contains("en-us"))
        #expect(voices.contains("cmn-latn-pinyin"))
    }
}

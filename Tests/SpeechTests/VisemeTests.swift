import StandInCore
import Testing
@testable import Speech

/// Phoneme names to mouth shapes, and viseme tracks of real utterances.
@Suite("Visemes")
struct VisemeTests {
    @Test("espeak mnemonics and IPA names map to mouth shapes", arguments: [
        // Pauses, mnemonic and IPA (empty name).
        ("_", Viseme.rest), ("_:", .rest), ("_|", .rest), ("_!", .rest), ("", .rest),
        // English consonants.
        ("m", .closed), ("b", .closed), ("p", .closed), ("f", .teeth), ("v", .teeth),
        ("w", .round), ("t", .narrow), ("s", .narrow), ("tS", .narrow), ("D", .narrow), ("N", .narrow),
        // English vowels and diphthongs.
        ("A:", .open), ("a#", .open), ("@", .open), ("3:", .open), ("V", .open), ("aI", .open),
        ("i:", .wide), ("I", .wide), ("E", .wide), ("eI", .wide), ("i@3", .wide),
        ("0", .round), ("oU", .round), ("u:", .round), ("OI", .round),
        // Mandarin (cmn-latn-pinyin).
        ("ph", .closed), ("X", .narrow), ("ts.", .narrow), ("tS;", .narrow), ("kh", .narrow),
        ("ua", .open), ("ai", .open), ("Au", .open), ("y&", .open), ("o-", .open), ("@r", .open),
        ("iE", .wide), ("i.", .wide), ("iou", .round), ("o", .round), ("y", .round),
        // IPA names.
        ("ɑu", .open), ("ŋ", .narrow), ("tɕ", .narrow), ("ər", .open), ("ɔ", .round), ("ɛ", .wide),
    ])
    func mapping(name: String, viseme: Viseme) {
        #expect(VisemeMapper.viseme(forPhoneme: name) == viseme)
    }

    @Test("English starts with silence, so its track starts at rest")
    func englishStartsAtRest() throws {
        let utterance = try SpeechSynthesizer.shared().synthesize("Hello mama.", voice: Fixtures.english)
        let track = utterance.visemes(atSampleRate: 48_000)
        #expect(utterance.phonemes.first.map { $0.sample > 0 } == true)
        #expect(track.cues.first == VisemeTrack.Cue(sample: 0, viseme: .rest))
    }

    @Test("a track covers the whole utterance at 48 kHz, at rest before and after speech", arguments: [
        ("Hello mama, bob is here.", Fixtures.english),
        ("妈妈，你好吗？", Fixtures.mandarin),
    ])
    func track(text: String, voice: Persona.Voice) throws {
        let utterance = try SpeechSynthesizer.shared().synthesize(text, voice: voice)
        let track = utterance.visemes(atSampleRate: 48_000)
        #expect(track.length == (utterance.length * 48_000 + 22_049) / 22_050)
        // At rest until the first phoneme; espeak's Mandarin starts speaking at sample 0.
        let firstPhoneme = try #require(utterance.phonemes.first)
        if firstPhoneme.sample > 0 {
            #expect(track.cues.first == VisemeTrack.Cue(sample: 0, viseme: .rest))
        }
        #expect(track.cues.map(\.sample) == track.cues.map(\.sample).sorted())
        #expect(track.cues.contains { $0.viseme != .rest && $0.viseme != .closed })
        #expect(track.cues.contains { $0.viseme == .closed }, "m/b in \(text) should close the lips")
        #expect(track.viseme(at: track.length - 1) == .rest)
        #expect(track.cues.last?.viseme == .rest)
    }

    @Test("the mouth rests during the pause between sentences")
    func pause() throws {
        let utterance = try SpeechSynthesizer.shared().synthesize("Hello. World!", voice: Fixtures.english)
        let track = utterance.visemes(atSampleRate: 48_000)
        let pause = try #require(utterance.phonemes.firstIndex { $0.name == "_:" })
        let start = utterance.phonemes[pause].sample, end = utterance.phonemes[pause + 1].sample
        #expect(end - start > Fixtures.samples(ms: 100))
        let middle = (start + end) / 2 * 48_000 / 22_050
        #expect(track.viseme(at: middle) == .rest)
    }

    @Test("cue positions scale by rate, rounded to the nearest sample")
    func scaling() {
        let utterance = Utterance(
            text: "ma", samples: Array(repeating: 0, count: 22_051), sampleRate: 22_050, words: [],
            phonemes: [PhonemeMark(name: "m", sample: 441), PhonemeMark(name: "A:", sample: 11_025),
                       PhonemeMark(name: "_", sample: 22_051)])
        let track = utterance.visemes(atSampleRate: 48_000)
        #expect(track.length == 48_003)
        #expect(track.cues == [
            .init(sample: 0, viseme: .rest), .init(sample: 960, viseme: .closed), .init(sample: 24_000, viseme: .open),
            .init(sample: 48_002, viseme: .rest),
        ])
    }
}

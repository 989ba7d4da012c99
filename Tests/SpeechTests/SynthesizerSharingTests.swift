import StandInCore
import Testing
@testable import Speech

/// The one synthesizer: concurrent callers and wrong voice names.
@Suite("Synthesizer sharing and errors")
struct SynthesizerSharingTests {
    @Test("shared() always returns the same synthesizer")
    func sameInstance() throws {
        #expect(try SpeechSynthesizer.shared() === SpeechSynthesizer.shared())
    }

    @Test("concurrent calls with different voices are serialized: each gets its own voice's phonemes")
    func concurrent() async throws {
        let speech = try SpeechSynthesizer.shared()
        let jobs: [(String, Persona.Voice)] = [
            ("Hello mama, bob is here.", Fixtures.english),
            ("欢迎来到直播间。", Fixtures.mandarin),
            ("Only $24.99 today!", Fixtures.english),
            ("这款耳机只要89元！", Fixtures.mandarin),
        ]
        let expected = try jobs.map { Fixtures.content(of: try speech.record($0.0, voice: $0.1), text: $0.0) }
        let results = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask { (index, Fixtures.content(of: try speech.record(job.0, voice: job.1), text: job.0)) }
            }
            var collected: [Int: [String]] = [:]
            for try await (index, kinds) in group { collected[index] = kinds }
            return collected
        }
        #expect(results.count == jobs.count)
        for index in jobs.indices {
            #expect(results[index] == expected[index], "job \(index) got other phonemes than alone")
        }
    }

    @Test("four concurrent synthesize calls all succeed")
    func concurrentSynthesize() async throws {
        let speech = try SpeechSynthesizer.shared()
        let lengths = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<4 {
                let voice = index.isMultiple(of: 2) ? Fixtures.english : Fixtures.mandarin
                let text = index.isMultiple(of: 2) ? "Order number \(index) is ready." : "第\(index)号订单好了。"
                group.addTask { try speech.synthesize(text, voice: voice).length }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(lengths.count == 4)
        #expect(lengths.allSatisfy { $0 > 22_050 / 2 })
    }

    @Test("an unknown voice is SpeechError.unknownVoice and names close installed voices")
    func unknownVoice() throws {
        var voice = Fixtures.mandarin
        voice.espeakVoice = "cmn-pinyin"
        #expect(throws: SpeechError.unknownVoice("cmn-pinyin")) {
            try SpeechSynthesizer.shared().synthesize("你好", voice: voice)
        }
        let message = SpeechError.unknownVoice("cmn-pinyin").description
        #expect(message.hasPrefix("espeak-ng has no voice 'cmn-pinyin'"))
        #expect(message.contains("cmn-latn-pinyin"))
    }

    @Test("a failed voice change leaves the synthesizer usable")
    func usableAfterError() throws {
        var bad = Fixtures.english
        bad.espeakVoice = "xx-nope"
        #expect(throws: SpeechError.self) { try SpeechSynthesizer.shared().synthesize("hi", voice: bad) }
        #expect(try SpeechSynthesizer.shared().synthesize("hi", voice: Fixtures.english).length > 0)
    }

    @Test("suggestions rank near spellings first", arguments: [
        ("en_us", "en-us"), ("EN-US", "en-us"), ("cmn-pinyin", "cmn-latn-pinyin"), ("yeu", "yue"),
    ])
    func suggestions(typed: String, best: String) {
        let installed = ["cmn", "cmn-latn-pinyin", "en-gb", "en-us", "yue", "de"]
        #expect(VoiceSuggestions.closest(to: typed, in: installed).first == best)
    }

    @Test("no suggestion for a name unlike any voice")
    func noSuggestion() {
        #expect(VoiceSuggestions.closest(to: "klingon", in: ["cmn", "en-us"]).isEmpty)
    }
}

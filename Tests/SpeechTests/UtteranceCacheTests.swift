import Testing
@testable import Speech

/// The least-recently-used store of finished utterances.
@Suite("Utterance cache")
struct UtteranceCacheTests {
    static func utterance(_ text: String, samples: Int) -> Utterance {
        Utterance(text: text, samples: Array(repeating: 1, count: samples), sampleRate: 22_050, words: [],
                  phonemes: [PhonemeMark(name: "_", sample: samples)])
    }

    static func key(_ text: String, rate: Int = 175) -> UtteranceCache.Key {
        UtteranceCache.Key(text: text, voice: "en-us", rate: rate, pitch: 50)
    }

    @Test("a stored utterance comes back only for the same text and settings")
    func lookup() {
        var cache = UtteranceCache(sampleBudget: 100)
        cache.insert(Self.utterance("a", samples: 10), for: Self.key("a"))
        #expect(cache.utterance(for: Self.key("a"))?.text == "a")
        #expect(cache.utterance(for: Self.key("a", rate: 200)) == nil)
        #expect(cache.utterance(for: Self.key("b")) == nil)
    }

    @Test("the least recently used utterances go first when over budget")
    func eviction() {
        var cache = UtteranceCache(sampleBudget: 100)
        cache.insert(Self.utterance("a", samples: 40), for: Self.key("a"))
        cache.insert(Self.utterance("b", samples: 40), for: Self.key("b"))
        _ = cache.utterance(for: Self.key("a"))  // "b" is now the oldest
        cache.insert(Self.utterance("c", samples: 40), for: Self.key("c"))
        #expect(cache.utterance(for: Self.key("b")) == nil)
        #expect(cache.utterance(for: Self.key("a")) != nil)
        #expect(cache.utterance(for: Self.key("c")) != nil)
    }

    @Test("an utterance larger than the whole budget is not stored")
    func tooLarge() {
        var cache = UtteranceCache(sampleBudget: 100)
        cache.insert(Self.utterance("a", samples: 101), for: Self.key("a"))
        #expect(cache.utterance(for: Self.key("a")) == nil)
    }
}

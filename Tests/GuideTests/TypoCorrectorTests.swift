import Testing
import StandInCore
@testable import Guide

/// Mistyped words meet the catalog's: same-sound Han bigrams, English one edit away.
@Suite("Typo correction")
struct TypoCorrectorTests {
    static let zh = try! Demo(.zh)
    static let en = try! Demo(.en)

    @Test(arguments: [("蜂密会结晶吗", "honey-04", 0), ("围斤能机洗吗", "scarf-03", 1), ("杯子能放微波路吗", "mug-02", 0)])
    func chineseHomophoneSlips(question: String, product: String, entry: Int) throws {
        let match = try #require(Self.zh.index.best(question: question, productOnAir: "tea-01"))
        #expect(match.productID == product && match.entryIndex == entry)
    }

    @Test(arguments: [("can it go in the dishwaser", "mug-02", 0), ("will the honey crystalise", "honey-04", 0),
                      ("do i refridgerate the honey", "honey-04", 1)])
    func englishSlips(question: String, product: String, entry: Int) throws {
        let terms = Self.en.index.typos.corrected(SearchTokenizer.terms(question, synonyms: Self.en.index.synonyms))
        let match = try #require(Self.en.index.best(question: question, productOnAir: "tea-01"), "terms \(terms)")
        #expect(match.productID == product && match.entryIndex == entry)
    }

    @Test func shortWordsAndAmbiguousSlipsAreLeftAlone() {
        let corrector = TypoCorrector(vocabulary: ["right", "kettle", "settle"])
        #expect(corrector.corrected(["night"]) == ["night"], "five letters: too short to guess")
        #expect(corrector.corrected(["mettle"]) == ["mettle"], "two known words one edit away")
        #expect(TypoCorrector.oneEditApart("dishwaser", "dishwasher") && !TypoCorrector.oneEditApart("abc", "abcde"))
    }
}

import Testing
import StandInCore
@testable import Guide

/// Paraphrased viewer questions against the demo catalogs: the right product and FAQ entry,
/// above the threshold; off-topic questions below it whatever is on air.
@Suite("FAQ retrieval table")
struct RetrievalTableTests {
    static let zh = try! Demo(.zh)
    static let en = try! Demo(.en)

    @Test(arguments: Table.zh) func chinese(_ row: RetrievalCase) throws { try check(row, Self.zh) }

    @Test(arguments: Table.en) func english(_ row: RetrievalCase) throws { try check(row, Self.en) }

    func check(_ row: RetrievalCase, _ demo: Demo) throws {
        let match = try #require(demo.index.best(question: row.question, productOnAir: row.onAir))
        #expect(match.productID == row.product)
        #expect(match.entryIndex == row.entry, "got \(match.entry.question) at \(match.confidence)")
        if row.product != row.onAir { #expect(match.productNamed, "the question names \(row.product)") }
    }

    @Test(arguments: Table.nonsense) func offTopicQuestionsStayBelowTheThreshold(_ question: String, _ language: Persona.Language) {
        let demo = language == .zh ? Self.zh : Self.en
        for product in demo.catalog.products {
            let top = demo.index.search(question: question, productOnAir: product.id).first
            #expect((top?.confidence ?? 0) < demo.index.threshold, "\(question) on \(product.id): \(top?.confidence ?? 0)")
        }
    }

    @Test func withNothingOnAirTheBestFittingProductIsSearched() {
        #expect(Self.en.index.best(question: "Will it crystallize?", productOnAir: nil)?.productID == "honey-04")
        #expect(Self.zh.index.namedProduct(in: "马克杯能进洗碗机吗") == "mug-02")
        #expect(Self.zh.index.namedProduct(in: "这个能放多久") == nil)
    }

    @Test func tokenizerFoldsPluralsAndKeepsHanBigrams() {
        #expect(SearchTokenizer.terms("How long do the teas keep?") == ["long", "tea", "keep"])
        #expect(SearchTokenizer.terms("brewed brewing crystallized crystallize") == ["brew", "brew", "crystalliz", "crystalliz"])
        #expect(SearchTokenizer.terms("能放多久").contains("多久"))
        #expect(SearchTokenizer.terms("１２５克", concepts: false) == ["125", "克"])
        // An amount with a unit also asks about weight (PhrasingConcepts).
        #expect(SearchTokenizer.terms("１２５克").suffix(1) == ["重量"])
    }
}

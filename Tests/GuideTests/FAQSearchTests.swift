import Foundation
import Testing
import Scripting
import StandInCore
import TestSupport
@testable import Guide

/// Whole-catalog search: which product's entries compete, synonyms, and the reply's language.
@Suite("FAQ search across the catalog")
struct FAQSearchTests {
    static let zh = try! Demo(.zh)
    static let en = try! Demo(.en)

    @Test(arguments: [
        // (question, on air, product, entry): a named product wins over the one on air.
        ("蜂蜜会结晶吗", "tea-01", "honey-04", 0), ("马克杯能进洗碗机吗", "scarf-03", "mug-02", 0),
        // Not named: the product on air wins a close call (both have an origin entry) …
        ("是哪里产的", "honey-04", "honey-04", 3), ("是哪里产的", "tea-01", "tea-01", 2),
        // … and another product's entry wins when only it fits.
        ("天冷了会结晶吗", "tea-01", "honey-04", 0), ("能进洗碗机吗", "honey-04", "mug-02", 0),
    ])
    func chinese(question: String, onAir: String, product: String, entry: Int) throws {
        let match = try #require(Self.zh.index.best(question: question, productOnAir: onAir))
        #expect(match.productID == product && match.entryIndex == entry, "\(question): \(match.productID)#\(match.entryIndex)")
    }

    @Test(arguments: [
        ("Will the honey crystallize in winter?", "mug-02", "honey-04", 0), ("is it dishwasher safe", "honey-04", "mug-02", 0),
        ("where is it from", "scarf-03", "honey-04", 3),
    ])
    func english(question: String, onAir: String, product: String, entry: Int) throws {
        let match = try #require(Self.en.index.best(question: question, productOnAir: onAir))
        if question.hasPrefix("where") {
            // The scarf has no origin entry: a product with one answers, the on-air product does not.
            #expect(match.productID != "scarf-03")
        } else {
            #expect(match.productID == product && match.entryIndex == entry, "\(question): \(match.productID)#\(match.entryIndex)")
        }
    }

    @Test func builtInSynonymsMeetParaphrases() throws {
        let table = SynonymTable(groups: SynonymTable.builtIn)
        #expect(table.canonical("开水直接冲") == table.canonical("沸水直接冲"))
        #expect(table.canonical("买回去怎么存放") == table.canonical("买回去如何保存"))
        #expect(table.canonical("solid honey") != "solid honey")
        #expect(table.canonical("no lids") != "no lids" && table.canonical("solidarity") == "solidarity", "whole words only")
    }

    @Test func catalogSynonymsNameAProductAndJoinBuiltInGroups() throws {
        let folder = try TemporaryFolder()
        let base = try demoCatalogText("catalog.yaml")
        let plain = try Catalog.load(from: folder.write("plain.yaml", base))
        let withSynonyms = try Catalog.load(from: folder.write("syn.yaml", base + "\nsynonyms:\n  - [白瓷马克杯, 小白杯]\n  - [热水, 烫水]\n"))
        #expect(withSynonyms.synonyms.map(\.words) == [["白瓷马克杯", "小白杯"], ["热水", "烫水"]])
        let question = "小白杯能进洗碗机吗"
        #expect(FAQIndex(catalog: plain).search(question: question, productOnAir: "honey-04").first?.productNamed == false)
        let match = try #require(FAQIndex(catalog: withSynonyms).best(question: question, productOnAir: "honey-04"))
        #expect(match.productID == "mug-02" && match.productNamed)
        let table = SynonymTable(catalog: withSynonyms)
        #expect(table.canonical("烫水") == table.canonical("开水"), "a catalog group sharing 热水 joins the built-in group")
    }

    @Test func theViewersLanguageIsDetected() {
        #expect(ViewerLanguage.detect("这个mug能进microwave吗") == .zh)
        #expect(ViewerLanguage.detect("is the 龙井 fresh?") == .en)
        #expect(ViewerLanguage.detect("how long does the tea keep") == .en)
        #expect(ViewerLanguage.detect("👍👍 123") == nil)
    }

    @Test func aBilingualPersonaRepliesInTheViewersLanguage() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "language: zh", with: "languages: [zh, en]")
        let persona = try Persona.load(from: folder.write("p.yaml", text))
        let answerer = QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: Self.zh.catalog), index: Self.zh.index)
        func ask(_ text: String) -> PlannedAnswer {
            answerer.answer(ViewerQuestion(id: "q", viewerName: "Mia", text: text, receivedAt: 0), productOnAir: "tea-01")
        }
        let later = ask("what time do you go offline?")
        #expect(later.kind == .checkLater && later.language == .en)
        #expect(later.text == "@Mia, " + Persona.defaultCheckLater(.en))
        #expect(later.questionCaption == "Mia asks: what time do you go offline?")
        let declined = ask("does the honey lower blood sugar?")
        guard case .declined = declined.kind else { Issue.record("\(declined.kind)"); return }
        #expect(ViewerLanguage.detect(declined.text) == .en, "\(declined.text)")
        let chinese = ask("几点下播？")
        #expect(chinese.text == "@Mia，" + Persona.defaultCheckLater(.zh))
        // A Mandarin-only persona keeps its own language.
        let only = Self.zh.answerer.answer(ViewerQuestion(id: "q", viewerName: "Mia", text: "what time do you go offline?", receivedAt: 0),
                                           productOnAir: "tea-01")
        #expect(only.language == .zh && only.text == "@Mia，" + Persona.defaultCheckLater(.zh))
    }
}

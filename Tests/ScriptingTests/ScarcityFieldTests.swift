import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// Scarcity and countdowns only from catalog data: `{{stock}}` and `{{offer_ends}}` pass, literals do not.
@Suite("Stock and offer fields")
struct ScarcityFieldTests {
    let folder: TemporaryFolder
    let personaText: String
    let catalogText: String

    init() throws {
        folder = try TemporaryFolder()
        personaText = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        catalogText = try demoCatalogText("catalog.yaml")
            .replacingOccurrences(of: "tea-tin.png\n", with: "tea-tin.png\n    stock: 3\n    offer_ends: 2026-12-06 23:59\n")
    }

    func load(offer: String) throws -> (Persona, Catalog) {
        let persona = personaText.replacingOccurrences(of: "    - 直播间价格{{price}}元{{#saving}}，立省{{saving}}元{{/saving}}。",
                                                       with: "    - \"\(offer)\"")
        return (try Persona.load(from: folder.write("p.yaml", persona)), try Catalog.load(from: folder.write("c.yaml", catalogText)))
    }

    @Test func stockAndOfferEndComeFromTheCatalog() throws {
        let (persona, catalog) = try load(offer: "{{#stock}}仅剩{{stock}}件，{{/stock}}{{#offer_ends}}优惠{{offer_ends}}结束，{{/offer_ends}}只要{{price}}元。")
        #expect(try PersonaValidator.problems(persona: persona, catalog: catalog).isEmpty)
        let tea = try #require(catalog.product(id: "tea-01"))
        let values = TemplateFields.values(product: tea, catalog: catalog, persona: persona, point: nil)
        #expect(values["stock"] as? String == "3" && values["offer_ends"] as? String == "23:59")
        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        let said = (0..<12).flatMap { builder.clipScript(for: tea, seed: UInt64($0)).map(\.text) }
        #expect(said.contains { $0.contains("仅剩3件") && $0.contains("23:59") }, "\(said)")
        // A product without stock data leaves the section out rather than saying an empty count.
        let mug = try #require(catalog.product(id: "mug-02"))
        #expect(!(0..<12).flatMap { builder.clipScript(for: mug, seed: UInt64($0)).map(\.text) }.contains { $0.contains("仅剩") })
    }

    @Test func aLiteralCountInATemplateIsReportedAtItsLine() throws {
        let (persona, catalog) = try load(offer: "仅剩最后3件，今晚十点后恢复原价，只要{{price}}元。")
        let found = try PersonaValidator.problems(persona: persona, catalog: catalog)
        #expect(found.filter { $0.violation.rule == .scarcity }.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.violation.source.location?.file.hasSuffix("p.yaml") == true })
        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        let tea = try #require(catalog.product(id: "tea-01"))
        let plan = builder.clipPlan(for: tea, seed: 1)
        #expect(!plan.lines.contains { $0.text.contains("仅剩") })
    }

    @Test func aLiteralDeadlineInAnFAQAnswerIsReported() throws {
        let faq = catalogText.replacingOccurrences(of: "产自杭州西湖周边的茶园，清明节前采摘。", with: "只剩两罐了，今晚12点后涨价。")
        let persona = try Persona.load(from: folder.write("p.yaml", personaText))
        let found = try PersonaValidator.problems(persona: persona, catalog: Catalog.load(from: folder.write("c.yaml", faq)))
        #expect(found.contains { $0.violation.rule == .scarcity && $0.description.contains("faq[2].a") }, "\(found)")
    }
}

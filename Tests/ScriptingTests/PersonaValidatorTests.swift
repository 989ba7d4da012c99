import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// `PersonaValidator` on persona and catalog files written for each case.
@Suite("Persona validation")
struct PersonaValidatorTests {
    let folder: TemporaryFolder
    let personaText: String
    let catalogText: String

    init() throws {
        folder = try TemporaryFolder()
        personaText = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        catalogText = try demoCatalogText("catalog.yaml")
    }

    func problems(persona: String, catalog: String?) throws -> [ValidationProblem] {
        try PersonaValidator.problems(persona: Persona.load(from: folder.write("p.yaml", persona)),
                                      catalog: catalog.map { try Catalog.load(from: folder.write("c.yaml", $0)) })
    }

    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test(arguments: [("xiaolin.yaml", "catalog.yaml"), ("ava.yaml", "catalog-en.yaml")])
    func theDemoPersonasValidateClean(persona: String, catalog: String) throws {
        let found = try PersonaValidator.problems(persona: Persona.load(from: repositoryPath("personas/\(persona)")),
                                                  catalog: Catalog.load(from: repositoryPath("assets/demo/\(catalog)")))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aTemplateThatFailsOnlyForSomeProductsNamesTheFirstOfThem() throws {
        // The claim is inside a list_price section: scarf-03 (no list price) is moved first and must not be named.
        let offer = "    - \"{{#list_price}}原价{{list_price}}元，今天是全网最低价，{{/list_price}}只要{{price}}元。\""
        let persona = personaText.replacingOccurrences(of: "    - 直播间价格{{price}}元{{#saving}}，立省{{saving}}元{{/saving}}。", with: offer)
        let scarf = catalogText.components(separatedBy: "  - id: scarf-03")[1].components(separatedBy: "  - id: honey-04")[0]
        let catalog = catalogText.replacingOccurrences(of: "  - id: scarf-03" + scarf, with: "")
            .replacingOccurrences(of: "products:\n", with: "products:\n  - id: scarf-03" + scarf)
        let found = try problems(persona: persona, catalog: catalog)
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.violation.rule == .absoluteClaim)
        #expect(problem.violation.phrase == "全网最低价")
        #expect(problem.violation.source.location == SourceLocation(file: folder.path("p.yaml"), line: line(of: "全网最低价", in: persona)))
        #expect(problem.description.contains("in templates.offer variant 2 for product 'tea-01' (and 2 more products)"))
    }

    @Test func aSellingPointClaimIsReportedOnceAtItsCatalogLine() throws {
        let catalog = catalogText.replacingOccurrences(of: "每一片都是手工炒制", with: "最好的手工炒制")
        let found = try problems(persona: personaText, catalog: catalog)
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.violation.phrase == "最好")
        #expect(problem.violation.source == .catalog(product: "tea-01", field: "selling_points[1]",
                                                      location: SourceLocation(file: folder.path("c.yaml"), line: line(of: "最好的", in: catalog))))
        #expect(problem.description.hasPrefix("\(folder.path("c.yaml")):\(line(of: "最好的", in: catalog)): rule 'absolute-claim' phrase '最好'"))
    }

    @Test func aLiteralPriceInATemplateIsAnErrorAtItsLine() throws {
        let persona = personaText.replacingOccurrences(of: "想要的朋友赶紧点下方小黄车吧。", with: "原价129，想要的朋友赶紧下单吧。")
        for catalog in [catalogText, nil] {
            let found = try problems(persona: persona, catalog: catalog)
            #expect(found.map(\.violation.rule) == [.literalPrice], "\(found)")
            #expect(found.first?.violation.phrase == "原价129")
            #expect(found.first?.violation.source.location?.line == line(of: "原价129", in: persona))
        }
    }

    @Test func aBannedWordIsReportedWithoutACatalogToo() throws {
        let persona = personaText + "guardrails:\n  banned: [小黄车]\n"
        let found = try problems(persona: persona, catalog: nil)
        #expect(found.map(\.description) == [
            "\(folder.path("p.yaml")):\(line(of: "小黄车吧", in: persona)): rule 'banned' phrase '小黄车' in templates.call_to_action variant 2",
        ])
    }
}

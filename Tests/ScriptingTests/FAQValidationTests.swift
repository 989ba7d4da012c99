import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// FAQ answers and the check-later line are aired, so `persona validate` checks them too.
@Suite("FAQ validation")
struct FAQValidationTests {
    let folder: TemporaryFolder
    let catalogText: String

    init() throws {
        folder = try TemporaryFolder()
        catalogText = try demoCatalogText("catalog.yaml")
    }

    @Test func aBadFAQAnswerIsReportedAtItsCatalogLine() throws {
        let catalog = catalogText.replacingOccurrences(of: "就能喝。", with: "就能喝，是全网最好的喝法。")
        let found = try PersonaValidator.problems(persona: Persona.load(from: repositoryPath("personas/xiaolin.yaml")),
                                                  catalog: Catalog.load(from: folder.write("c.yaml", catalog)))
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        let line = catalog.components(separatedBy: "\n").firstIndex { $0.contains("全网最好") }! + 1
        #expect(problem.description == "\(folder.path("c.yaml")):\(line): rule 'absolute-claim' phrase '全网最' in product 'tea-01' faq[1].a")
    }

    @Test func aLiteralPriceInAnAnswerIsReported() throws {
        let catalog = catalogText.replacingOccurrences(of: "保质期两年。", with: "保质期两年，今天只要68元。")
        let found = try PersonaValidator.problems(persona: Persona.load(from: repositoryPath("personas/xiaolin.yaml")),
                                                  catalog: Catalog.load(from: folder.write("c.yaml", catalog)))
        #expect(found.map(\.violation.rule) == [.literalPrice], "\(found)")
    }

    @Test func aBadCheckLaterLineIsReportedAtItsPersonaLine() throws {
        let text = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
            + "\ncheck_later: I'll check, we are the best at that.\n"
        let persona = try Persona.load(from: folder.write("p.yaml", text))
        let found = try PersonaValidator.problems(persona: persona, catalog: nil)
        #expect(found.map(\.description) == ["\(folder.path("p.yaml")):\(text.components(separatedBy: "\n").count - 1): rule 'absolute-claim' phrase 'the best' in check_later variant 1"])
    }
}

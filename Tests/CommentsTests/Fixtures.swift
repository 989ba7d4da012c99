import Foundation
import Guide
import Scripting
import StandInCore
import TestSupport
@testable import Comments

/// The demo catalog's FAQ index, loaded once.
enum DemoIndex {
    static let zh: FAQIndex = FAQIndex(catalog: try! Catalog.load(from: repositoryPath("assets/demo/catalog.yaml")))
    static let en: FAQIndex = FAQIndex(catalog: try! Catalog.load(from: repositoryPath("assets/demo/catalog-en.yaml")))
}

extension CommentSelector.Comment {
    /// A comment judged by the demo index (zh and en catalogs).
    static func judged(_ viewer: String, _ text: String, source: String = "test") -> Self {
        let zh = QuestionSense(index: DemoIndex.zh).judge(text)
        let verdict = zh == .offCatalog ? QuestionSense(index: DemoIndex.en).judge(text) : zh
        return Self(source: source, viewerID: viewer, name: viewer, text: text, verdict: verdict)
    }
}

enum DemoAnswerer {
    static func zh() throws -> QuestionAnswerer {
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog.yaml"))
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        return QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: catalog), index: FAQIndex(catalog: catalog))
    }
}

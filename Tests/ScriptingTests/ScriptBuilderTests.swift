import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting


func demo(_ persona: String, _ catalog: String) throws -> ScriptBuilder {
    try ScriptBuilder(
        persona: Persona.load(from: repositoryRoot.appendingPathComponent("personas/\(persona)").path),
        catalog: Catalog.load(from: repositoryRoot.appendingPathComponent("assets/demo/\(catalog)").path))
}

@Suite("Scripts from templates")
struct ScriptBuilderTests {
    @Test func aClipScriptFollowsTheFlowWithCatalogValues() throws {
        let builder = try demo("xiaolin.yaml", "catalog.yaml")
        let product = try #require(builder.catalog.product(id: "tea-01"))
        let lines = builder.clipScript(for: product, seed: 1)
        #expect(lines.first?.kind == nil)  // the greeting
        #expect(lines.first?.text.contains("山间茶舍") == true)
        let kinds = lines.compactMap(\.kind)
        #expect(kinds.first == .intro)
        #expect(kinds.last == .callToAction)
        #expect(kinds.filter { $0 == .sellingPoint }.count == 2)
        let offer = lines.filter { $0.kind == .offer }.map(\.text).joined()
        #expect(offer.contains("89"))
        #expect(lines.contains { $0.text.contains("明前龙井") })
        #expect(!lines.contains { $0.text.contains("&") || $0.text.contains("{{") })
    }

    @Test func theSameSeedGivesTheSameScriptAndSeedsVary() throws {
        let builder = try demo("ava.yaml", "catalog-en.yaml")
        let product = builder.catalog.products[0]
        #expect(builder.clipScript(for: product, seed: 42) == builder.clipScript(for: product, seed: 42))
        let distinct = Set((0..<20).map { builder.clipScript(for: product, seed: UInt64($0)).map(\.text) })
        #expect(distinct.count > 1)
    }

    @Test func aTemplateWithAnUnknownFieldIsAnErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("standin-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("personas/ava.yaml"), encoding: .utf8)
        let broken = source.replacingOccurrences(of: "Let me show you the {{name}}.", with: "Let me show you the {{nmae}}.")
        let path = folder.appendingPathComponent("p.yaml").path
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let persona = try Persona.load(from: path)
        let catalog = try Catalog.load(from: repositoryRoot.appendingPathComponent("assets/demo/catalog-en.yaml").path)
        let error = try #require(throws: FileError.self) { try ScriptBuilder(persona: persona, catalog: catalog) }
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("{{nmae}}") }! + 1
        #expect(error.line == line)
        #expect(error.field == "templates.intro")
        #expect(error.problem.contains("'{{nmae}}'"))
    }

    @Test(arguments: [
        ("大家好，欢迎。我是小林！今天9.9元？", ["大家好，欢迎。", "我是小林！", "今天9.9元？"]),
        ("It costs 9.99 dollars. Buy now! Really?", ["It costs 9.99 dollars.", "Buy now!", "Really?"]),
        ("真的吗？！好的。", ["真的吗？！", "好的。"]),
        ("no ending", ["no ending"]),
    ])
    func sentencesSplitAtTheirEnds(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }
}

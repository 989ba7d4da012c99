import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// Sign-offs, catchphrases, transitions and the spoken disclosure pass the same guardrails
/// as template lines: reported at authoring time, never produced at run time.
@Suite("Lexicon lines and guardrails")
struct LexiconGuardrailTests {
    func persona(replacing pairs: [(String, String)]) throws -> (Persona, TemporaryFolder) {
        let folder = try TemporaryFolder()
        var text = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        for (old, new) in pairs {
            #expect(text.contains(old), "fixture text '\(old)' not found in ava.yaml")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return (try Persona.load(from: folder.write("ava.yaml", text)), folder)
    }

    @Test func claimsInTheSignOffAndATransitionAreReportedAndNeverSaid() throws {
        let (persona, folder) = try persona(replacing: [
            ("That's all for today.", "We are the best shop online."),
            ("transitions:\n", "transitions:\n  - \"Next, our guaranteed {{name}}.\"\n"),
        ])
        _ = folder
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog-en.yaml"))
        let problems = try PersonaValidator.problems(persona: persona, catalog: catalog).map(\.description)
        #expect(problems.contains { $0.contains("'the best'") && $0.contains("sign_off") }, "\(problems)")
        #expect(problems.contains { $0.contains("'guaranteed'") && $0.contains("transitions") }, "\(problems)")

        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        #expect(builder.signOff().isEmpty)
        for product in catalog.products {
            for seed in UInt64(0)..<8 {
                #expect(!builder.transition(to: product, seed: seed).contains { $0.text.contains("guaranteed") })
            }
        }
    }

    /// Without a catalog, lines that need no product are still checked in their own words.
    @Test func withoutACatalogTheGreetingAndSignOffAreChecked() throws {
        let (persona, folder) = try persona(replacing: [
            ("Hi everyone, welcome to {{brand}}.", "Hi everyone, welcome to the best shop, {{brand}}."),
            ("That's all for today.", "We are number one."),
        ])
        _ = folder
        let problems = try PersonaValidator.problems(persona: persona, catalog: nil).map(\.description)
        #expect(problems.contains { $0.contains("greeting") && $0.contains("best") }, "\(problems)")
        #expect(problems.contains { $0.contains("sign_off") && $0.contains("number one") }, "\(problems)")
    }

    @Test func cleanLexiconLinesAreSaid() throws {
        let builder = try demo("ava.yaml", "catalog-en.yaml")
        #expect(!builder.signOff().isEmpty)
        #expect(!builder.disclosure().isEmpty)
        #expect(try PersonaValidator.problems(persona: builder.persona, catalog: builder.catalog).isEmpty)
    }
}

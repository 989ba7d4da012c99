import Foundation
import Testing
import TestSupport

/// `standin persona validate` on guardrail problems: non-zero exit, file:line, rule and phrase.
@Suite("standin persona validate: guardrails")
struct PersonaValidateTests {
    @Test func aBannedPhraseFailsWithFileLineRuleAndPhrase() throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        let text = source + "guardrails:\n  banned: [tap the cart]\n"
        let persona = try folder.write("persona.yaml", text)
        let result = try run(standinBinary(), ["persona", "validate", persona, "--catalog", repositoryPath("assets/demo/catalog-en.yaml")])
        #expect(result.status != 0)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("tap the cart below") }! + 1
        #expect(result.stderr.contains(
            "error: \(persona):\(line): rule 'banned' phrase 'tap the cart' in templates.call_to_action variant 2 for product 'tea-01' (and 3 more products)"),
            "\(result.stderr)")
        #expect(result.stderr.contains("1 problem found"))
        #expect(!result.stdoutText.contains("ok"))
    }
}

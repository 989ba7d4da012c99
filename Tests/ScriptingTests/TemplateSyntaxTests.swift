import StandInCore
import Testing
import TestSupport
@testable import Scripting

/// `{{name` with no closing braces used to air literally.
@Suite("Template syntax")
struct TemplateSyntaxTests {
    @Test("well-formed placeholders pass", arguments: [
        "欢迎{{host}}！", "{{name}}只要{{price}}", "no placeholders", "{{#promo}}限时{{/promo}}", "{{{name}}} raw", "{ single } braces",
    ])
    func wellFormed(text: String) {
        #expect(TemplateSyntax.problem(in: text) == nil)
    }

    @Test("broken placeholders are named", arguments: [
        ("今晚{{host", "never closed"), ("{{name 只要{{price}}", "not closed before the next"), ("只要price}}", "no opening"),
        ("空的{{}}", "empty"), ("}}{{name}}", "no opening"), ("{{name}} and {{", "never closed"),
    ])
    func broken(text: String, says: String) {
        let problem = TemplateSyntax.problem(in: text)
        #expect(problem?.contains(says) == true, "\(problem ?? "nil")")
    }

    @Test("a persona template with an unclosed tag is an error at its file:line")
    func personaTemplate() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains("{{name}}") })
        var changed = lines
        changed[index] = Substring(lines[index].replacingOccurrences(of: "{{name}}", with: "{{name"))
        let path = try folder.write("persona.yaml", changed.joined(separator: "\n"))
        let persona = try Persona.load(from: path)
        #expect { try ScriptBuilder(persona: persona, catalog: Catalog.load(from: repositoryPath("assets/demo/catalog.yaml"))) } throws: {
            "\($0)".hasPrefix("\(path):\(index + 1):") && "\($0)".contains("never closed")
        }
    }
}

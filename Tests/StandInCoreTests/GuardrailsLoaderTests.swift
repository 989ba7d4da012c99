import Foundation
import Testing
@testable import StandInCore
import TestSupport

@Suite("Persona guardrails section")
struct GuardrailsLoaderTests {
    let folder: TemporaryFolder
    let source: String

    init() throws {
        folder = try TemporaryFolder()
        source = try String(contentsOf: repositoryRoot.appendingPathComponent("personas/ava.yaml"), encoding: .utf8)
    }

    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test func everyFieldIsReadWithTheLineOfEachPhrase() throws {
        let text = source + """
            guardrails:
              banned:
                - knock-off
                - replica
              absolute_claims:
                enabled: true
                extra: [unrivalled taste]
                exempt: [Number One Tea Co.]
              decline_topics:
                topics: [medical, legal]
                keywords:
                  medical: [detox]
                line: I'll leave that one to the professionals.

            """
        let persona = try Persona.load(from: folder.write("p.yaml", text))
        let guardrails = persona.guardrails
        #expect(guardrails.banned.map(\.text) == ["knock-off", "replica"])
        #expect(guardrails.banned[1].source == SourceLocation(file: folder.path("p.yaml"), line: line(of: "- replica", in: text)))
        #expect(guardrails.absoluteClaims == AbsoluteClaimSettings(
            enabled: true, extra: [GuardrailPhrase("unrivalled taste", source: SourceLocation(file: folder.path("p.yaml"), line: line(of: "extra:", in: text)))],
            exempt: [GuardrailPhrase("Number One Tea Co.", source: SourceLocation(file: folder.path("p.yaml"), line: line(of: "exempt:", in: text)))]))
        #expect(guardrails.declineTopics.topics == [.medical, .legal])
        #expect(guardrails.declineTopics.keywords[.medical]?.map(\.text) == ["detox"])
        #expect(guardrails.declineTopics.line == "I'll leave that one to the professionals.")
    }

    @Test func withoutTheSectionTheDefaultsApply() throws {
        let persona = try Persona.load(from: folder.write("p.yaml", source))
        #expect(persona.guardrails == Guardrails())
        #expect(persona.guardrails.absoluteClaims.enabled)
        #expect(persona.guardrails.declineTopics.topics == DeclineTopic.allCases)
    }

    @Test(arguments: [
        ("guardrails:\n  bannd: [x]\n", "bannd:", "guardrails.bannd", "did you mean 'guardrails.banned'"),
        ("guardrails:\n  absolute_claims:\n    exmpt: [x]\n", "exmpt:", "guardrails.absolute_claims.exmpt", "did you mean 'guardrails.absolute_claims.exempt'"),
        ("guardrails:\n  decline_topics:\n    keywords:\n      medicine: [x]\n", "medicine:", "guardrails.decline_topics.keywords.medicine", "is not a known field"),
        ("guardrails:\n  decline_topics:\n    topics: [medical, tax]\n", "topics: [medical", "guardrails.decline_topics.topics", "unknown topic 'tax'"),
        ("guardrails:\n  absolute_claims:\n    enabled: no\n", "enabled:", "guardrails.absolute_claims.enabled", "must be true or false, got 'no'"),
        ("guardrails:\n  banned: knock-off\n", "banned:", "guardrails.banned", "must be a list"),
    ])
    func schemaErrorsNameFileLineAndField(section: String, needle: String, field: String, problem: String) throws {
        let text = source + section
        let path = try folder.write("p.yaml", text)
        let error = try #require(throws: FileError.self) { try Persona.load(from: path) }
        #expect(error.file == path)
        #expect(error.line == line(of: needle, in: text))
        #expect(error.field == field)
        #expect(error.problem.contains(problem), "\(error)")
    }
}

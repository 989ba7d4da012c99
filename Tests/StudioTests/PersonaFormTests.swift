import Foundation
import StandInCore
import Studio
import Testing
import TestSupport

@Suite struct PersonaFormTests {
    /// A persona's content with the places it was read from left out (file, line, folder).
    static func content(_ persona: Persona) -> String {
        let parts: [Any] = [persona.id, persona.displayName, persona.brand, persona.bio as Any, persona.languages,
                            persona.aiLabel, persona.greeting, persona.voice, persona.look, persona.modelledOn as Any,
                            persona.lexicon, persona.disclosure, persona.guardrails,
                            SegmentKind.allCases.map { persona.templates[$0]?.map(\.text) ?? [] }]
        return parts.map { String(reflecting: $0) }.joined(separator: "\n")
            .replacingOccurrences(of: #"[^\s("]*\.yaml(:\d+)?"#, with: "_", options: .regularExpression)
            .replacingOccurrences(of: #"folder: "[^"]*/"#, with: "folder: \"", options: .regularExpression)
    }

    @Test(arguments: ["personas/xiaolin.yaml", "personas/ava.yaml", "personas/examples/momo.yaml"])
    func editorFieldsWriteBackTheSamePersona(file: String) throws {
        let original = try Persona.load(from: repositoryPath(file))
        let form = try PersonaForm(yaml: String(contentsOfFile: repositoryPath(file), encoding: .utf8))
        let yaml = try form.yaml(version: original.version)
        // Written beside the original, so a sprite pack's relative folder still resolves.
        let folder = URL(fileURLWithPath: repositoryPath(file)).deletingLastPathComponent().path
        let copy = "\(folder)/.roundtrip-\(UUID().uuidString.prefix(8)).yaml"
        try yaml.write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let reloaded = try Persona.load(from: copy)
        #expect(Self.content(reloaded) == Self.content(original))
        // And reading the written file gives the same fields again.
        #expect(try PersonaForm(yaml: yaml).yaml(version: original.version) == yaml)
    }

    @Test(arguments: [
        ("catchphrases[0].text", "catchphrases"), ("voice.pronunciations.茶舍", "voice.pronunciations"),
        ("templates.offer", "templates.offer"), ("modelled_on.consent.date", "modelled_on.consent.date"),
        ("disclosure.label", "ai_label"), ("guardrails.decline_topics.keywords.medical[1]", "guardrails.decline_topics.keywords.medical"),
        ("voice.rate", "voice.rate"), ("look.sprite_pack", "look.sprite_pack"),
    ])
    func problemsFindTheirField(field: String, key: String) {
        #expect(PersonaForm.key(forField: field) == key)
    }

    @Test func textThatLooksLikeANumberStaysText() throws {
        var form = PersonaForm(fields: ["id": "x", "greeting": "123", "sign_off": "yes", "voice.rate": "170"])
        form["catchphrases"] = "Tea time! | 10\nPlain one"
        let yaml = try form.yaml()
        #expect(yaml.contains("greeting: \"123\"") && yaml.contains("sign_off: \"yes\"") && yaml.contains("rate: 170\n"))
        #expect(yaml.contains("at_most_every_minutes: 10"))
        #expect(try PersonaForm(yaml: yaml)["catchphrases"] == "Tea time! | 10\nPlain one")
    }
}

import Foundation
import StandInCore
import Studio
import Testing
import TestSupport

@Suite struct PersonaFormTests {
    /// Loads `file`, reads it into the editor's fields, writes them back beside it (so a
    /// sprite pack's relative folder still resolves) and loads that: both personas, with
    /// where they were read from cleared.
    static func roundTrip(_ file: String) throws -> (original: Persona, reloaded: Persona, yaml: String) {
        let original = try Persona.load(from: file)
        let form = try PersonaForm(yaml: String(contentsOfFile: file, encoding: .utf8))
        let yaml = try form.yaml(version: original.version)
        let copy = URL(fileURLWithPath: file).deletingLastPathComponent().path + "/.roundtrip-\(UUID().uuidString.prefix(8)).yaml"
        try yaml.write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        return (original.locationsCleared(), try Persona.load(from: copy).locationsCleared(), yaml)
    }

    @Test(arguments: ["personas/xiaolin.yaml", "personas/ava.yaml", "personas/examples/momo.yaml"])
    func editorFieldsWriteBackTheSamePersona(file: String) throws {
        let (original, reloaded, yaml) = try Self.roundTrip(repositoryPath(file))
        #expect(reloaded == original)
        // And reading the written file gives the same fields again.
        #expect(try PersonaForm(yaml: yaml).yaml(version: original.version) == yaml)
    }

    @Test func clearingLocationsKeepsEveryValue() throws {
        let folder = try TemporaryFolder()
        let ava = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        let moved = try Persona.load(from: folder.write("moved.yaml", "# two more lines\n#\n" + ava))
        let original = try Persona.load(from: repositoryPath("personas/ava.yaml"))
        #expect(moved != original)
        #expect(moved.locationsCleared() == original.locationsCleared())
        let changed = try Persona.load(from: folder.write("changed.yaml", ava.replacingOccurrences(of: "pitch: 58", with: "pitch: 59")))
        #expect(changed.locationsCleared() != original.locationsCleared())
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

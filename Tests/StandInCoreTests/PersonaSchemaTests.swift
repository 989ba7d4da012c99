import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Every new persona field: errors name file, line and field; unknown keys are errors.
@Suite("Persona schema")
struct PersonaSchemaTests {
    let folder: TemporaryFolder
    let ava: String
    let momo: String

    init() throws {
        folder = try TemporaryFolder()
        ava = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        momo = try String(contentsOfFile: repositoryPath("personas/examples/momo.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "sprite_pack: sprites/momo", with: "sprite_pack: sprites")
    }

    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    /// Loads `text` as a persona file and returns the error it must produce.
    func error(_ text: String, name: String = "p.yaml") throws -> FileError {
        let path = try folder.write(name, text)
        return try #require(throws: FileError.self) { try Persona.load(from: path) }
    }

    /// A copy of the Momo sprite pack in the temp folder (`sprites/`), to break.
    func copySprites() throws -> URL {
        let target = folder.url.appendingPathComponent("sprites")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("personas/examples/sprites/momo"), to: target)
        return target
    }

    @Test(arguments: ["personas/xiaolin.yaml", "personas/ava.yaml", "personas/examples/momo.yaml"])
    func theExamplesLoadWithEveryPart(path: String) throws {
        let persona = try Persona.load(from: repositoryPath(path))
        #expect(persona.version >= 1)
        #expect(persona.versionTag.range(of: #"^\d+\+[0-9a-f]{8}$"#, options: .regularExpression) != nil)
        #expect(persona.lexicon.signOff != nil && !persona.lexicon.catchphrases.isEmpty && !persona.lexicon.transitions.isEmpty)
        #expect(persona.disclosure.spoken != nil && !persona.voice.pronunciations.isEmpty && persona.bio != nil)
    }

    @Test func theNewFieldsAreRead() throws {
        let persona = try Persona.load(from: repositoryPath("personas/ava.yaml"))
        #expect(persona.voice.pitchRange == 60 && persona.voice.volume == 100 && persona.voice.pauseBetweenSegmentsMs == 500)
        #expect(persona.look.hairStyle == .bun && persona.look.faceShape == .round && persona.look.outfitStyle == .vNeck)
        #expect(persona.look.labelPosition == .topRight)
        #expect(persona.lexicon.catchphrases[0].atMostEveryMinutes == 10)
        #expect(persona.disclosure.everyMinutes == 30)
        #expect(persona.voice.pronunciations.first?.written == "Longjing")
        #expect(persona.voice.pronunciations.first?.source.line == line(of: "Longjing:", in: ava))
        let momo = try Persona.load(from: repositoryPath("personas/examples/momo.yaml"))
        #expect(momo.modelledOn?.consent.scope == [.voice] && momo.modelledOn?.consent.date == "2025-03-01")
        let pack = try #require(momo.look.spritePack)
        #expect(pack.width == 256 && pack.height == 320)
    }

    @Test func anyEditChangesTheVersionTag() throws {
        let a = try Persona.load(from: folder.write("a.yaml", ava))
        let b = try Persona.load(from: folder.write("b.yaml", ava.replacingOccurrences(of: "rate: 170", with: "rate: 171")))
        #expect(a.version == b.version && a.versionTag != b.versionTag)
        #expect(try Persona.load(from: folder.write("c.yaml", ava)).versionTag == a.versionTag)
    }

    @Test(arguments: [
        ("version: 2\n", "", "version", "is missing"),
        ("version: 2\n", "version: 0\n", "version", "between 1 and"),
        ("version: 2\n", "version: two\n", "version", "whole number"),
        ("label_position: top-right", "label_position: middle", "look.label_position", "top-left, top-right"),
        ("hair_style: bun", "hair_style: mohawk", "look.hair_style", "long, short, bun"),
        ("volume: 100", "volume: 300", "voice.volume", "between 0 and 200"),
        ("pitch_range: 60", "pitch_range: -1", "voice.pitch_range", "between 0 and 100"),
        ("every_minutes: 30", "every_minutes: 0", "disclosure.every_minutes", "between 1 and 240"),
        ("at_most_every_minutes: 10", "at_most_every_minutes: soon", "catchphrases[0].at_most_every_minutes", "whole number"),
        ("pitch: 58\n", "pitch: 58\n  pitchrange: 3\n", "voice.pitchrange", "did you mean 'voice.pitch_range'"),
        ("sign_off:", "signoff:", "signoff", "not a known field"),
        ("    oz: ounces\n", "    oz: \"{{name}}\"\n", "voice.pronunciations.oz", "plain text"),
        ("language: en\n", "language: en\nlanguages: [en, zh]\n", "languages", "together with language"),
    ])
    func badFieldsNameFileLineAndField(testCase: (String, String, String, String)) throws {
        let (original, replacement, field, problem) = testCase
        #expect(ava.contains(original))
        let text = ava.replacingOccurrences(of: original, with: replacement)
        let error = try error(text)
        #expect(error.field == field, "\(error)")
        #expect(error.problem.contains(problem), "\(error)")
        #expect(error.file.hasSuffix("p.yaml"))
        let expectedLine = replacement.isEmpty ? line(of: "id: ava", in: text)
            : line(of: String(replacement.split(separator: "\n").last!.trimmingCharacters(in: .whitespaces).prefix(10)), in: text)
        #expect(error.line == expectedLine, "\(error)")
    }

    @Test func consentIsRequiredForARealPersonAndItsDateMustBeADate() throws {
        let withoutConsent = momo.replacingOccurrences(of: """
              consent:
                given_by: Mei Lin
                date: 2025-03-01
                scope: [voice]

            """, with: "")
        _ = try copySprites()
        let missing = try error(withoutConsent)
        #expect(missing.field == "modelled_on.consent")
        #expect(missing.problem.contains("must record who consented"))
        #expect(missing.line == line(of: "modelled_on:", in: withoutConsent) + 1)

        let badDate = try error(momo.replacingOccurrences(of: "date: 2025-03-01", with: "date: 2025-02-30"))
        #expect(badDate.field == "modelled_on.consent.date")
        #expect(badDate.problem.contains("YYYY-MM-DD"))
        #expect(badDate.line == line(of: "date: 2025", in: momo))

        let badScope = try error(momo.replacingOccurrences(of: "scope: [voice]", with: "scope: [face]"))
        #expect(badScope.field == "modelled_on.consent.scope[0]")
    }

    @Test func aSpritePackMissingAMouthNamesTheLineAndTheFile() throws {
        let sprites = try copySprites()
        try FileManager.default.removeItem(at: sprites.appendingPathComponent("mouth-teeth.png"))
        let error = try error(momo)
        #expect(error.field == "look.sprite_pack")
        #expect(error.line == line(of: "sprite_pack:", in: momo))
        #expect(error.problem.contains("mouth-teeth.png is missing"))
    }

    @Test func spriteLayersOfDifferentSizesAreAnError() throws {
        let sprites = try copySprites()
        // eyes-half.png: the base with its IHDR width changed (the loader reads headers only).
        let other = try Data(contentsOf: sprites.appendingPathComponent("base.png"))
        var resized = other
        resized.replaceSubrange(16..<20, with: [0, 0, 0, 200])  // IHDR width 200
        try resized.write(to: sprites.appendingPathComponent("eyes-half.png"))
        let error = try error(momo)
        #expect(error.field == "look.sprite_pack" && error.line == line(of: "sprite_pack:", in: momo))
        #expect(error.problem.contains("eyes-half.png is 200x320 but base.png is 256x320"))

        try Data(repeating: 7, count: 64).write(to: sprites.appendingPathComponent("eyes-half.png"))
        #expect(try self.error(momo).problem.contains("eyes-half.png is not a PNG"))
    }

    @Test func drawnAvatarStylesAreRejectedWithASpritePack() throws {
        _ = try copySprites()
        let error = try error(momo.replacingOccurrences(of: "  label_position:", with: "  hair_style: short\n  label_position:"))
        #expect(error.field == "look.hair_style")
        #expect(error.problem.contains("no effect with sprite_pack"))
    }
}

import Foundation
import Testing
@testable import StandInCore
import TestSupport

@Suite("Persona files")
struct PersonaLoaderTests {
    @Test(arguments: ["xiaolin.yaml", "ava.yaml"])
    func theDemoPersonasLoad(name: String) throws {
        let persona = try Persona.load(from: repositoryRoot.appendingPathComponent("personas/\(name)").path)
        #expect(!persona.aiLabel.isEmpty)
        #expect(persona.templates[.intro]?.isEmpty == false)
        #expect(persona.templates[.offer]?.first?.source.line != nil)
    }

    @Test func aBadColourAndABadRateNameTheirFields() throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("personas/ava.yaml"), encoding: .utf8)
        let badColour = try folder.write("a.yaml", source.replacingOccurrences(of: "skin: \"#EBC3A0\"", with: "skin: beige"))
        let colourError = try #require(throws: FileError.self) { try Persona.load(from: badColour) }
        #expect(colourError.field == "look.skin")
        #expect(colourError.problem.contains("'beige'"))
        let line = source.components(separatedBy: "\n").firstIndex { $0.contains("skin:") }! + 1
        #expect(colourError.line == line)

        let badRate = try folder.write("b.yaml", source.replacingOccurrences(of: "rate: 170", with: "rate: 9000"))
        let rateError = try #require(throws: FileError.self) { try Persona.load(from: badRate) }
        #expect(rateError.field == "voice.rate")
        #expect(rateError.problem.contains("between 80 and 450"))
    }

    @Test func aMissingRequiredTemplateIsNamed() throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("personas/ava.yaml"), encoding: .utf8)
        let withoutCTA = source.components(separatedBy: "  call_to_action:")[0]
        let error = try #require(throws: FileError.self) { try Persona.load(from: folder.write("p.yaml", withoutCTA)) }
        #expect(error.field == "templates.call_to_action")
    }
}

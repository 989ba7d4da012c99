import Foundation
import StandInCore
import Studio
import Testing
import TestSupport

/// The studio reads persona texts and the users file with the same bounds as any file.
@Suite("Studio input bounds")
struct StudioInputBoundsTests {
    static let aliasKeys: String = {
        var text = "a0: &a0 {x: 1, y: 2}\n"
        for level in 1...20 { text += "a\(level): &a\(level) {*a\(level - 1): 1, k: *a\(level - 1)}\n" }
        return text
    }()

    @Test func thePersonaFormRefusesAliasKeysAtOnceWithTheLine() throws {
        let started = Date()
        let error = try #require(throws: FileError.self) { try PersonaForm(yaml: Self.aliasKeys, file: "ava.yaml") }
        #expect(error.description == "ava.yaml:2: uses the alias *a0 inside a mapping key; aliases may only stand for values")
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func thePersonaFormRefusesControlCharactersWithTheLine() throws {
        let error = try #require(throws: FileError.self) { try PersonaForm(yaml: "id: ava\nbrand: a\u{7}b\n", file: "ava.yaml") }
        #expect(error.line == 2)
    }

    @Test func theUsersFileNamesTheLineOfABomb() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("users.yaml", Self.aliasKeys)
        #expect { try UserDirectory.load(from: path) } throws: { error in
            "\(error)".contains("line 2: uses the alias *a0 inside a mapping key")
        }
    }
}

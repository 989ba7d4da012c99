import Foundation
import PersonaStore
import StandInCore
import Testing
import TestSupport

@Suite struct PersonaStoreTests {
    let folder: TemporaryFolder
    let store: PersonaStore
    let ava: String

    init() throws {
        folder = try TemporaryFolder()
        store = PersonaStore(root: folder.path("personas"))
        ava = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
    }

    @Test func savesNumberedVersionsAndKeepsEarlierOnes() throws {
        let first = try store.save(brand: "hillside", id: "ava", yaml: ava, author: "lin", note: "start", problems: 0)
        let changed = ava.replacingOccurrences(of: "display_name: Ava", with: "display_name: Ava Two")
        let second = try store.save(brand: "hillside", id: "ava", yaml: changed, author: "mei", problems: 0)
        #expect(first.version == 1 && second.version == 2)
        #expect(try store.text(brand: "hillside", id: "ava", version: 1).contains("\nversion: 1\n"))
        #expect(try store.text(brand: "hillside", id: "ava", version: 1).contains("display_name: Ava\n"))
        let head = try String(contentsOfFile: folder.path("personas/hillside/ava.yaml"), encoding: .utf8)
        #expect(head == (try store.text(brand: "hillside", id: "ava", version: 2)))
        #expect(head.contains("display_name: Ava Two") && head.contains("\nversion: 2\n"))
        let summary = try store.summary(brand: "hillside", id: "ava")
        #expect(summary.latest == 2 && summary.published == nil)
        #expect(summary.history.map(\.author) == ["lin", "mei"])
        #expect(summary.history[0].note == "start")
        // The saved head is a valid persona file carrying the version number.
        #expect(try Persona.load(from: folder.path("personas/hillside/ava.yaml")).version == 2)
    }

    @Test func publishesOnlyVersionsWithoutProblems() throws {
        try store.save(brand: "hillside", id: "ava", yaml: ava, author: "lin", problems: 0)
        try store.save(brand: "hillside", id: "ava", yaml: ava + "\n# draft\n", author: "lin", problems: 2)
        #expect(throws: PersonaStoreError.notPublishable(id: "ava", version: 2, problems: 2)) {
            try store.publish(brand: "hillside", id: "ava", version: 2, author: "lin")
        }
        #expect(throws: PersonaStoreError.notPublished(id: "ava")) { try store.publishedPersona(id: "ava") }
        try store.publish(brand: "hillside", id: "ava", version: 1, author: "op")
        // Another process (a running channel) reads the pointer file through its own store.
        let channelSide = PersonaStore(root: folder.path("personas"))
        let (persona, version) = try channelSide.publishedPersona(id: "ava")
        #expect(version == 1 && persona.id == "ava" && persona.version == 1)
        #expect(try channelSide.publishedVersion(id: "ava") == 1)
        #expect(try channelSide.publishedVersion(id: "nobody") == nil)
        #expect(try store.summary(brand: "hillside", id: "ava").history.last?.action == .publish)
        #expect(throws: PersonaStoreError.unknownVersion(id: "ava", version: 9)) {
            try store.publish(brand: "hillside", id: "ava", version: 9, author: "op")
        }
    }

    @Test func rollbackSavesTheEarlierTextAsANewVersion() throws {
        try store.save(brand: "hillside", id: "ava", yaml: ava, author: "lin", problems: 0)
        try store.save(brand: "hillside", id: "ava", yaml: ava.replacingOccurrences(of: "pitch: 58", with: "pitch: 70"),
                       author: "lin", problems: 0)
        let restored = try store.rollback(brand: "hillside", id: "ava", to: 1, author: "op")
        #expect(restored.version == 3 && restored.restoredFrom == 1 && restored.action == .rollback)
        let text = try store.text(brand: "hillside", id: "ava", version: 3)
        #expect(text.contains("pitch: 58") && text.contains("\nversion: 3\n"))
        #expect(throws: PersonaStoreError.unknownVersion(id: "ava", version: 7)) {
            try store.rollback(brand: "hillside", id: "ava", to: 7, author: "op")
        }
    }

    @Test func oneBrandCannotTakeAnotherBrandsPersonaId() throws {
        try store.save(brand: "hillside", id: "ava", yaml: ava, author: "lin", problems: 0)
        #expect(throws: PersonaStoreError.idTakenByOtherBrand(id: "ava", brand: "hillside")) {
            try store.save(brand: "rival", id: "ava", yaml: ava, author: "eve", problems: 0)
        }
        #expect(try store.personas(brand: "hillside").map(\.id) == ["ava"])
        #expect(store.brands() == ["hillside"])
    }

    @Test(arguments: ["../evil", "a/b", "", "Ava", ".hidden", "-x", String(repeating: "a", count: 41)])
    func refusesNamesThatAreNotPlainFolderNames(name: String) throws {
        #expect(throws: PersonaStoreError.self) { try store.save(brand: name, id: "ava", yaml: ava, author: "x", problems: 0) }
        #expect(throws: PersonaStoreError.self) { try store.save(brand: "ok", id: name, yaml: ava, author: "x", problems: 0) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("evil")))
    }

    @Test func diffMarksRemovedAndAddedLines() {
        let lines = PersonaDiff.lines(from: "a\nb\nc", to: "a\nB\nc\nd")
        #expect(lines == [.same("a"), .removed("b"), .added("B"), .same("c"), .added("d")])
    }
}

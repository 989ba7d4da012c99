import Foundation
import PersonaStore
import StandInCore
import Testing
import TestSupport

/// A `<brand>/<id>.yaml` written by hand: listed before the studio has a history of it,
/// taken over with its exact text as a version, and never saved over without that.
@Suite struct AdoptionTests {
    let folder: TemporaryFolder
    let store: PersonaStore
    let xiaolin: String

    init() throws {
        folder = try TemporaryFolder()
        store = PersonaStore(root: folder.path("personas"))
        xiaolin = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        try folder.write("personas/shanjian/xiaolin.yaml", xiaolin)
    }

    @Test func aHandWrittenFileIsListedBeforeTheStudioHasAHistory() throws {
        let listed = try store.personas(brand: "shanjian")
        #expect(listed.map(\.id) == ["xiaolin"])
        #expect(listed[0].isHandWritten && listed[0].latest == 0 && listed[0].published == nil)
        #expect(try store.brand(ofPersona: "xiaolin") == "shanjian")
        #expect(try store.fileText(brand: "shanjian", id: "xiaolin") == xiaolin)
        #expect(try store.publishedVersion(id: "xiaolin") == nil)
    }

    @Test func adoptingKeepsTheFilesExactTextAsItsOwnVersionNumber() throws {
        let record = try #require(try store.adopt(brand: "shanjian", id: "xiaolin", author: "lin", problems: 0))
        // personas/xiaolin.yaml says `version: 2`: the studio's v2 is that text, so v<n> still says n.
        #expect(record.version == 2 && record.author == "lin" && record.note == PersonaStore.adoptionNote)
        #expect(try store.text(brand: "shanjian", id: "xiaolin", version: 2) == xiaolin)
        #expect(try String(contentsOfFile: folder.path("personas/shanjian/xiaolin.yaml"), encoding: .utf8) == xiaolin)
        let summary = try store.summary(brand: "shanjian", id: "xiaolin")
        #expect(!summary.isHandWritten && summary.latest == 2 && summary.history.count == 1)
        #expect(try store.adopt(brand: "shanjian", id: "xiaolin", author: "mei", problems: 0) == nil)

        let changed = xiaolin.replacingOccurrences(of: "大家好", with: "各位好")
        #expect(try store.save(brand: "shanjian", id: "xiaolin", yaml: changed, author: "lin", problems: 0).version == 3)
        #expect(try store.text(brand: "shanjian", id: "xiaolin", version: 2) == xiaolin)
        try store.publish(brand: "shanjian", id: "xiaolin", version: 2, author: "lin")
        let (persona, version) = try store.publishedPersona(id: "xiaolin")
        #expect(version == 2 && persona.version == 2 && persona.greeting.hasPrefix("大家好"))
    }

    @Test func aFileWithoutAVersionLineBecomesVersionOne() throws {
        let unnumbered = xiaolin.split(separator: "\n").filter { !$0.hasPrefix("version:") }.joined(separator: "\n")
        try folder.write("personas/shanjian/xiaolin.yaml", unnumbered)
        #expect(try store.adopt(brand: "shanjian", id: "xiaolin", author: "lin", problems: 1)?.version == 1)
        #expect(try store.text(brand: "shanjian", id: "xiaolin", version: 1) == unnumbered)
        #expect(try store.summary(brand: "shanjian", id: "xiaolin").record(of: 1)?.isDraft == true)
    }

    @Test func savingOverAHandWrittenFileWithoutAdoptingItIsRefused() throws {
        #expect(throws: PersonaStoreError.notAdopted(id: "xiaolin")) {
            try store.save(brand: "shanjian", id: "xiaolin", yaml: "id: xiaolin\n", author: "lin", problems: 0)
        }
        #expect(try String(contentsOfFile: folder.path("personas/shanjian/xiaolin.yaml"), encoding: .utf8) == xiaolin)
        #expect(!FileManager.default.fileExists(atPath: folder.path("personas/shanjian/xiaolin.history.jsonl")))
    }

    @Test func anotherBrandCannotTakeOrAdoptAHandWrittenId() throws {
        #expect(throws: PersonaStoreError.idTakenByOtherBrand(id: "xiaolin", brand: "shanjian")) {
            try store.save(brand: "rival", id: "xiaolin", yaml: xiaolin, author: "eve", problems: 0)
        }
        #expect(throws: PersonaStoreError.unknownPersona(id: "xiaolin")) {
            try store.adopt(brand: "rival", id: "xiaolin", author: "eve", problems: 0)
        }
        // A copy in another brand's folder does not make the id theirs once the owner has adopted it.
        try store.adopt(brand: "shanjian", id: "xiaolin", author: "lin", problems: 0)
        try folder.write("personas/aaa/xiaolin.yaml", xiaolin)
        #expect(try store.brand(ofPersona: "xiaolin") == "shanjian")
        #expect(throws: PersonaStoreError.idTakenByOtherBrand(id: "xiaolin", brand: "shanjian")) {
            try store.adopt(brand: "aaa", id: "xiaolin", author: "eve", problems: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("personas/aaa/xiaolin.history.jsonl")))
    }

    @Test func versionFilesAndHiddenFilesAreNotListedAsPersonas() throws {
        try store.adopt(brand: "shanjian", id: "xiaolin", author: "lin", problems: 0)
        try folder.write("personas/shanjian/.check-abc.yaml", xiaolin)
        try folder.write("personas/shanjian/Notes.yaml", "x: 1\n")
        #expect(try store.personas(brand: "shanjian").map(\.id) == ["xiaolin"])
    }
}

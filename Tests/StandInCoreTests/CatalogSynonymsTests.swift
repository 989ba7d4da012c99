import Foundation
import Testing
@testable import StandInCore
import TestSupport

@Suite("Catalog synonyms")
struct CatalogSynonymsTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("img.png", "not checked here, only its existence")
    }

    func load(_ synonyms: String) throws -> Catalog {
        try Catalog.load(from: folder.write("catalog.yaml", """
            products:
              - id: tea-01
                name: Tea
                price: 9.9
                selling_points: [fresh]
                image: img.png
            \(synonyms)
            """))
    }

    @Test func groupsAreReadWithTheirLines() throws {
        let catalog = try load("synonyms:\n  - [开水, 热水, 沸水]\n  - [brew, steep]\n")
        #expect(catalog.synonyms.map(\.words) == [["开水", "热水", "沸水"], ["brew", "steep"]])
        #expect(catalog.synonyms.map(\.source.line) == [8, 9])
        #expect(try load("").synonyms.isEmpty)
    }

    @Test(arguments: [
        ("synonyms: 开水", "catalog.yaml:7: synonyms must be a list of groups"),
        ("synonyms:\n  - 开水", "catalog.yaml:8: synonyms[0] must be a list of two or more words"),
        ("synonyms:\n  - [开水]", "catalog.yaml:8: synonyms[0] must list 2 to 50 words, got 1"),
        ("synonyms:\n  - [开水, [热水]]", "catalog.yaml:8: synonyms[0][1] must be a non-empty word or phrase"),
        ("synonyms:\n  - [开水, \"  \"]", "catalog.yaml:8: synonyms[0][1] must be a non-empty word or phrase"),
        ("synonym:\n  - [开水, 热水]", "catalog.yaml:7: synonym is not a known field (did you mean 'synonyms'?)"),
    ])
    func mistakesNameFileLineAndField(yaml: String, message: String) throws {
        do {
            _ = try load(yaml)
            Issue.record("no error for \(yaml)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}

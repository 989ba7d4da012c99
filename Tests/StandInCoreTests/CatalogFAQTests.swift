import Foundation
import Testing
@testable import StandInCore
import TestSupport

@Suite("Catalog FAQ")
struct CatalogFAQTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("img.png", "not checked here, only its existence")
    }

    func load(faq: String) throws -> Catalog {
        try Catalog.load(from: folder.write("catalog.yaml", """
            products:
              - id: tea-01
                name: Tea
                price: 9.9
                selling_points: [fresh]
                image: img.png
            \(faq)
            """))
    }

    @Test func readsEntriesWithTheirLines() throws {
        let product = try #require(try load(faq: """
                faq:
                  - q: How long does it keep?
                    a: Eighteen months unopened.
                  - {q: Loose or bagged?, a: Loose leaves.}
            """).products.first)
        #expect(product.faq.map(\.question) == ["How long does it keep?", "Loose or bagged?"])
        #expect(product.faq[0].source.line == 8)
        #expect(product.faq[0].answerSource.line == 9)
        #expect(product.faq[1].answerSource.line == 10)
    }

    @Test func faqIsOptional() throws {
        #expect(try load(faq: "").products[0].faq.isEmpty)
    }

    @Test(arguments: [
        ("    faq: just text", "catalog.yaml:7: product 'tea-01': faq must be a list of {q: …, a: …}"),
        ("    faq:\n      - q: Keep?", "catalog.yaml:8: product 'tea-01': faq[0].a is missing"),
        ("    faq:\n      - a: Long.", "catalog.yaml:8: product 'tea-01': faq[0].q is missing"),
        ("    faq:\n      - q: Keep?\n        a: \"\"", "catalog.yaml:9: product 'tea-01': faq[0].a must not be empty"),
        ("    faq:\n      - q: Keep?\n        a: Long.\n        ans: x", "catalog.yaml:10: product 'tea-01': faq[0].ans is not a known field (did you mean 'faq[0].a'?)"),
        ("    faq:\n      - Keep?", "catalog.yaml:8: product 'tea-01': faq[0] must be a mapping of fields"),
    ])
    func schemaErrorsNameFileLineAndField(faq: String, message: String) throws {
        let error = try #require(throws: FileError.self) { try load(faq: faq) }
        #expect(error.description.hasSuffix(message), "\(error)")
    }

    @Test func theDemoCatalogsHaveFAQsForEveryProduct() throws {
        for name in ["catalog.yaml", "catalog-en.yaml"] {
            let catalog = try Catalog.load(from: repositoryPath("assets/demo/\(name)"))
            #expect(catalog.products.allSatisfy { (3...5).contains($0.faq.count) })
        }
    }
}

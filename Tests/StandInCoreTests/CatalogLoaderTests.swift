import Foundation
import Testing
@testable import StandInCore
import TestSupport

@Suite("Catalog files")
struct CatalogLoaderTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("img.png", "not checked here, only its existence")
    }

    func load(_ yaml: String) throws -> Catalog {
        try Catalog.load(from: folder.write("catalog.yaml", yaml))
    }

    @Test func loadsTheDemoCatalogs() throws {
        for name in ["catalog.yaml", "catalog-en.yaml"] {
            let catalog = try Catalog.load(from: repositoryRoot.appendingPathComponent("assets/demo/\(name)").path)
            #expect(catalog.products.count >= 3)
            #expect(catalog.products.allSatisfy { FileManager.default.fileExists(atPath: $0.imagePath) })
        }
    }

    @Test func readsFieldsAndResolvesImagesAgainstTheFile() throws {
        let catalog = try load("""
            currency: USD
            products:
              - id: tea-01
                name: Tea
                price: 9.9
                list_price: "12"
                selling_points: [fresh]
                image: img.png
            """)
        let product = try #require(catalog.product(id: "tea-01"))
        #expect(product.price == Price(minorUnits: 990))
        #expect(product.listPrice == Price(minorUnits: 1200))
        #expect(product.imagePath == folder.url.appendingPathComponent("img.png").path)
        #expect(product.source.line == 3)
        #expect(catalog.currencySymbol == "$")
    }

    @Test func aPriceWithACommaNamesFileLineProductAndField() throws {
        let error = try #require(throws: FileError.self) {
            try load("""
                products:
                  - id: tea-01
                    name: Tea
                    price: 9,9
                    selling_points: [fresh]
                    image: img.png
                """)
        }
        #expect(error.line == 4)
        #expect(error.description.hasSuffix("catalog.yaml:4: product 'tea-01': price must be a number, got '9,9'"))
    }

    @Test(arguments: [
        ("name", "product 'p1': name is missing"),
        ("image", "product 'p1': image is missing"),
    ])
    func aMissingFieldIsNamed(field: String, message: String) throws {
        var lines = ["products:", "  - id: p1", "    name: N", "    price: 1", "    selling_points: [x]", "    image: img.png"]
        lines.removeAll { $0.trimmingCharacters(in: .whitespaces).hasPrefix(field + ":") }
        let error = try #require(throws: FileError.self) { try load(lines.joined(separator: "\n")) }
        #expect(error.description.contains(message))
        #expect(error.line == 2)
    }

    @Test func anUnknownKeyIsAnErrorWithASuggestion() throws {
        let error = try #require(throws: FileError.self) {
            try load("products:\n  - id: p1\n    name: N\n    price: 1\n    pirce: 2\n    selling_points: [x]\n    image: img.png\n")
        }
        #expect(error.line == 5)
        #expect(error.field == "pirce")
        #expect(error.problem.contains("did you mean 'price'"))
    }

    @Test func aMissingImageNamesThePath() throws {
        let error = try #require(throws: FileError.self) {
            try load("products:\n  - id: p1\n    name: N\n    price: 1\n    selling_points: [x]\n    image: nowhere.png\n")
        }
        #expect(error.field == "image")
        #expect(error.line == 6)
        #expect(error.problem.contains("nowhere.png"))
    }

    @Test func malformedYAMLGivesTheLine() throws {
        let error = try #require(throws: FileError.self) {
            try load("products:\n  - id: p1\n    name: [unclosed\n    price: 1\n")
        }
        #expect(error.line != nil)
        #expect(error.problem.hasPrefix("is not valid YAML"))
    }

    @Test func duplicateIdsAndListPriceBelowPriceAreErrors() throws {
        let twice = try #require(throws: FileError.self) {
            try load("products:\n  - {id: a, name: N, price: 1, selling_points: [x], image: img.png}\n  - {id: a, name: M, price: 2, selling_points: [y], image: img.png}\n")
        }
        #expect(twice.problem.contains("used twice"))
        let below = try #require(throws: FileError.self) {
            try load("products:\n  - {id: a, name: N, price: 10, list_price: 5, selling_points: [x], image: img.png}\n")
        }
        #expect(below.field == "list_price")
    }

    @Test func aMissingFileIsReportedByPath() throws {
        let error = try #require(throws: FileError.self) { try Catalog.load(from: "/nonexistent/catalog.yaml") }
        #expect(error.description.hasPrefix("/nonexistent/catalog.yaml: cannot be read"))
    }
}

import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// `category`, `special_use` and `offer_ends`: what category rules and countdowns read.
@Suite("Catalog categories and offers")
struct CatalogCategoryTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("img.png", "not checked here, only its existence")
    }

    func load(_ fields: String) throws -> Catalog {
        try Catalog.load(from: folder.write("catalog.yaml", """
            products:
              - id: cream-01
                name: 面霜
                price: 99
                selling_points: [保湿]
                image: img.png
            \(fields)
            """))
    }

    @Test func readsCategorySpecialUseAndOfferEnd() throws {
        let product = try #require(try load("""
                category: cosmetics
                special_use: [whitening, sunscreen]
                offer_ends: 2026-12-06 23:59
                stock: 7
            """).products.first)
        #expect(product.category == .cosmetics)
        #expect(product.specialUse == [.whitening, .sunscreen])
        #expect(product.offerEnds == OfferEnd(date: "2026-12-06", time: "23:59"))
        #expect(product.stock == 7)
    }

    @Test(arguments: [
        ("    category: makeup", 7, "category", "known categories: food, cosmetics"),
        ("    category: cosmetics\n    special_use: [whiten]", 8, "special_use[0]", "known special uses: whitening"),
        ("    category: food\n    special_use: [whitening]", 8, "special_use", "set 'category: cosmetics'"),
        ("    offer_ends: tonight", 7, "offer_ends", "YYYY-MM-DD HH:MM"),
        ("    offer_ends: 2026-13-01 10:00", 7, "offer_ends", "YYYY-MM-DD HH:MM"),
    ])
    func badValuesNameFileLineAndField(fields: String, line: Int, field: String, hint: String) throws {
        let error = try #require(throws: FileError.self) { try load(fields) }
        let text = "\(error)"
        #expect(text.contains("catalog.yaml:\(line)"), "\(text)")
        #expect(text.contains(field), "\(text)")
        #expect(text.contains(hint), "\(text)")
    }

    @Test func withoutCategoryEveryRestrictionApplies() throws {
        let product = try #require(try load("").products.first)
        #expect(product.category == nil && product.specialUse.isEmpty && product.offerEnds == nil)
    }
}

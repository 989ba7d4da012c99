import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Card prices by the catalog's currency and locale (Foundation's formatter, ICU data).
@Suite struct PriceFormatTests {
    @Test(arguments: [
        ("USD", nil, 1250, "$12.50"), ("USD", nil, 1200, "$12"), ("USD", nil, 1205, "$12.05"),
        ("CNY", nil, 8900, "¥89"), ("CNY", nil, 8990, "¥89.90"), ("CNY", "zh_CN", 128_990, "¥1,289.90"),
        ("JPY", nil, 120_000, "¥1,200"), ("GBP", nil, 999, "£9.99"), ("EUR", "de_DE", 1250, "12,50\u{a0}€"),
    ] as [(String, String?, Int, String)])
    func formats(currency: String, locale: String?, minorUnits: Int, expected: String) {
        #expect(PriceFormat(currency: currency, locale: locale).string(Price(minorUnits: minorUnits)) == expected)
    }

    @Test func fractionDigitsComeFromTheCurrency() {
        #expect(PriceFormat(currency: "USD", locale: nil).fractionDigits == 2)
        #expect(PriceFormat(currency: "JPY", locale: nil).fractionDigits == 0)
        #expect(PriceFormat(currency: "KRW", locale: nil).fractionDigits == 0)
    }

    @Test func catalogReadsTheLocaleAndRefusesFractionalYen() throws {
        let folder = try TemporaryFolder()
        try folder.write("img.png", "x")
        func catalog(_ head: String, price: String) throws -> Catalog {
            try Catalog.load(from: folder.write("catalog.yaml", """
                \(head)
                products:
                  - id: a
                    name: A
                    price: \(price)
                    selling_points: [x]
                    image: img.png
                """))
        }
        #expect(try catalog("currency: EUR\nlocale: fr_FR", price: "7.5").priceFormat.string(Price(minorUnits: 750)).hasPrefix("7,50"))
        #expect(try catalog("currency: JPY", price: "1200").priceFormat.string(Price(minorUnits: 120_000)) == "¥1,200")
        let error = #expect(throws: FileError.self) { try catalog("currency: JPY", price: "9.5") }
        #expect("\(error!)".contains("price") && "\(error!)".contains("catalog.yaml"), "\(error!)")
        #expect(throws: FileError.self) { try catalog("currency: USD\nlocale: \"en US\"", price: "1") }
    }
}

import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Bounded work for any YAML file: size, aliases, encoding, control characters, long values.
@Suite("YAML guard")
struct YAMLGuardTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// The error loading `text` as a catalog, and how long it took.
    func catalogError(_ text: String) throws -> (error: FileError, seconds: Double) {
        try catalogError(Data(text.utf8))
    }

    func catalogError(_ data: Data) throws -> (error: FileError, seconds: Double) {
        let path = folder.path("catalog.yaml")
        try data.write(to: URL(fileURLWithPath: path))
        let started = Date()
        let error = try #require(throws: FileError.self) { try Catalog.load(from: path) }
        return (error, Date().timeIntervalSince(started))
    }

    @Test func nestedAliasesUsedAsMappingKeysAreRefusedAtOnceWithTheirLine() throws {
        var text = "a0: &a0 {x: 1, y: 2}\n"
        for level in 1...12 { text += "a\(level): &a\(level) {*a\(level - 1): 1, k: *a\(level - 1)}\n" }
        let (error, seconds) = try catalogError(text)
        #expect(error.line == 2)
        #expect(error.problem.contains("alias *a0 inside a mapping key"))
        #expect(seconds < 2)
    }

    @Test(arguments: [1, 3])
    func anAliasInsideAFlowKeyIsRefused(nesting: Int) throws {
        let key = String(repeating: "[", count: nesting) + "*base" + String(repeating: "]", count: nesting)
        let (error, _) = try catalogError("base: &base [1, 2]\nbomb: {\(key): 1}\n")
        #expect(error.line == 2)
        #expect(error.problem.contains("inside a mapping key"))
    }

    @Test func aliasesThatExpandPastTheLimitAreRefusedQuickly() throws {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (error, seconds) = try catalogError(text)
        #expect(error.problem.contains("expands to more than 200000 values"))
        #expect(error.line != nil)
        #expect(seconds < 2)
    }

    @Test func ordinaryAliasesStillLoad() throws {
        let images = try folder.write("tea.png", "not read here")
        let yaml = """
            currency: CNY
            products:
              - id: tea-01
                name: Tea
                price: 89
                selling_points: &points [Fresh, "Hand *rolled*"]
                image: \(images)
              - id: tea-02
                name: Tea 2
                price: 99
                selling_points: *points
                image: \(images)
            """
        let path = try folder.write("catalog.yaml", yaml)
        let catalog = try Catalog.load(from: path)
        #expect(catalog.products[1].sellingPoints == ["Fresh", "Hand *rolled*"])
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        var data = Data("currency: CNY\nproducts:\n  - id: t".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        let (error, _) = try catalogError(data)
        #expect(error.line == 3)
        #expect(error.problem == "is not valid UTF-8 at column 10; save the file as UTF-8")
    }

    @Test(arguments: [UInt8(0x07), 0x00, 0x1B, 0x7F])
    func controlCharactersNameTheirLine(byte: UInt8) throws {
        var data = Data("currency: CNY\nproducts:\n  - name: a".utf8)
        data.append(byte)
        let (error, _) = try catalogError(data)
        #expect(error.line == 3)
        #expect(error.problem.hasPrefix("has a control character U+00"))
        #expect(error.problem.contains("column 12"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let data = Data(repeating: UInt8(ascii: "#"), count: YAMLLimits.maxBytes + 1)
        let (error, seconds) = try catalogError(data)
        #expect(error.problem.contains("files are limited to 8 MB"))
        #expect(seconds < 2)
    }

    @Test func aHugeValueIsRefusedWithItsLine() throws {
        let (error, _) = try catalogError("currency: CNY\nproducts:\n  - name: " + String(repeating: "好", count: 2_000_000) + "\n")
        #expect(error.line == 3)
        #expect(error.problem == "has a value of 2000000 characters; values are limited to 2000")
    }

    @Test func combiningMarksCannotHideALongValueInOneCharacter() throws {
        let (error, _) = try catalogError("products:\n  - name: \"a" + String(repeating: "\u{301}", count: 3_000) + "\"\n")
        #expect(error.line == 2)
        #expect(error.problem == "has a value of 3001 characters; values are limited to 2000")
    }

    @Test func namesHaveTheirOwnLimit() throws {
        let image = try folder.write("tea.png", "x")
        let (error, _) = try catalogError("products:\n  - id: tea\n    name: \(String(repeating: "n", count: 201))\n    price: 1\n    selling_points: [a]\n    image: \(image)\n")
        #expect(error.line == 3)
        #expect(error.field == "name")
        #expect(error.problem == "is 201 characters long; at most 200 are allowed")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let (error, _) = try catalogError("products: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n")
        #expect(error.line == 1)
    }
}

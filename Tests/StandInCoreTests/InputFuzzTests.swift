import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Seeded mutants of the demo's channel, persona and catalog files (byte flips, truncation,
/// alias bombs, huge values, invalid UTF-8, control characters, shuffled lines): loading
/// never crashes or hangs, and every error names file and line.
@Suite("Input fuzz")
struct InputFuzzTests {
    enum Kind: String, CaseIterable { case channel, persona, catalog }

    static let seeds: [Kind: String] = {
        let channel = try! String(contentsOfFile: repositoryPath("assets/demo/channel.yaml"), encoding: .utf8)
        let persona = try! String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        return [.channel: channel, .persona: persona, .catalog: try! demoCatalogText()]
    }()

    /// One mutant of `text`, chosen by `random`.
    static func mutate(_ text: String, _ random: inout SeededRandom) -> Data {
        var bytes = Array(text.utf8)
        func position() -> Int { Int(random.next(below: UInt64(bytes.count + 1))) }
        switch random.next(below: 8) {
        case 0:  // byte flips
            for _ in 0...random.next(below: 8) where !bytes.isEmpty {
                bytes[Int(random.next(below: UInt64(bytes.count)))] ^= UInt8(1 << random.next(below: 8))
            }
        case 1:  // truncation
            bytes = Array(bytes.prefix(position()))
        case 2:  // an alias bomb, as values or as keys
            var bomb = "b0: &b0 [x, x, x, x, x, x, x, x]\n"
            for level in 1...9 { bomb += "b\(level): &b\(level) [" + Array(repeating: "*b\(level - 1)", count: 8).joined(separator: ", ") + "]\n" }
            if random.next(below: 2) == 0 { bomb += "k: {*b9: 1}\n" }
            bytes = Array(bomb.utf8) + bytes
        case 3:  // a huge value after some colon
            let at = position()
            let size = [150, 300, 1_200, 2_500, 100_000][Int(random.next(below: 5))]
            bytes.insert(contentsOf: Array(String(repeating: "長", count: size).utf8), at: at)
        case 4:  // invalid UTF-8
            bytes.insert(contentsOf: [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80]][Int(random.next(below: 4))], at: position())
        case 5:  // a control character
            bytes.insert(UInt8(random.next(below: 32)), at: position())
        case 6:  // lines shuffled a little
            var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            for _ in 0..<3 where lines.count > 1 {
                lines.swapAt(Int(random.next(below: UInt64(lines.count))), Int(random.next(below: UInt64(lines.count))))
            }
            bytes = Array(lines.joined(separator: "\n").utf8)
        default:  // deep nesting
            bytes.insert(contentsOf: Array((String(repeating: "[", count: 2_000) + "x" + String(repeating: "]", count: 2_000)).utf8), at: position())
        }
        return Data(bytes)
    }

    /// Loads `path` as `kind`; returns the errors (empty when it loads).
    static func load(_ kind: Kind, _ path: String) throws -> [FileError] {
        do {
            switch kind {
            case .channel: _ = try Channel.load(from: path)
            case .persona: _ = try Persona.load(from: path)
            case .catalog: _ = try Catalog.load(from: path)
            }
            return []
        } catch let error as FileError {
            return [error]
        } catch let error as FileErrors {
            return error.errors
        }
    }

    @Test(arguments: Kind.allCases)
    func mutantsLoadOrFailWithFileAndLineQuickly(kind: Kind) throws {
        let folder = try TemporaryFolder()
        // The channel names its persona and catalog relative to itself; they are not loaded here.
        let path = folder.path("\(kind.rawValue).yaml")
        var random = SeededRandom(seed: 13, salt: kind.rawValue)
        var loaded = 0, slowest = 0.0
        let started = Date()
        for index in 0..<120 {
            let mutant = Self.mutate(Self.seeds[kind]!, &random)
            try mutant.write(to: URL(fileURLWithPath: path))
            let begun = Date()
            let errors = try Self.load(kind, path)
            slowest = max(slowest, Date().timeIntervalSince(begun))
            if errors.isEmpty { loaded += 1 }
            for error in errors {
                #expect(error.file == path && error.line != nil, "mutant #\(index): \(error)")
            }
        }
        let total = Date().timeIntervalSince(started)
        #expect(slowest < 2, "slowest mutant took \(slowest) s")
        #expect(total < 10, "120 \(kind) mutants took \(total) s")
        #expect(loaded < 120, "the mutations must break some files")
    }
}

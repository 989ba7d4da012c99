import Foundation

/// What the first chunks of a PNG file say: its size and whether it has alpha. Enough to
/// check a sprite pack at load time without decoding (decoding is MediaIO's job).
public struct PNGHeader: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// Colour type 4 or 6 (grey or RGB with alpha), or a palette/colour type with a `tRNS` chunk.
    public var hasAlpha: Bool

    /// Parses `data`; nil when it is not a PNG.
    public init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(1 << 16))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 33, Array(bytes[0..<8]) == signature, Self.tag(bytes, at: 12) == "IHDR" else { return nil }
        width = Self.uint32(bytes, at: 16)
        height = Self.uint32(bytes, at: 20)
        let colourType = bytes[25]
        guard width > 0, height > 0 else { return nil }
        hasAlpha = colourType == 4 || colourType == 6
        // Walk the chunks before the image data for a transparency chunk.
        var offset = 8
        while !hasAlpha, offset + 8 <= bytes.count {
            let length = Self.uint32(bytes, at: offset), tag = Self.tag(bytes, at: offset + 4)
            if tag == "IDAT" || tag == "IEND" { break }
            if tag == "tRNS" { hasAlpha = true }
            offset += 12 + length
        }
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func tag(_ bytes: [UInt8], at offset: Int) -> String {
        guard offset + 4 <= bytes.count else { return "" }
        return String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }
}

/// FNV-1a, 32 bits: a stable fingerprint of a persona's bytes (not for security).
struct ContentHash {
    private(set) var value: UInt32 = 0x811C_9DC5

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
    }

    /// Eight lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

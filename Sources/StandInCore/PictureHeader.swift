import Foundation

/// What a picture file's first bytes say: its format (PNG, JPEG or WebP, the only formats
/// StandIn decodes) and its size, read without decoding, so a picture too large to decode
/// is refused before any pixel memory is taken.
public struct PictureHeader: Equatable, Sendable {
    public enum Format: String, Sendable {
        case png, jpeg, webp
    }

    public var format: Format
    public var width: Int
    public var height: Int

    /// How many leading bytes to pass: a JPEG's size follows its metadata (EXIF up to 64 KB).
    public static let bytesNeeded = 1 << 18

    public init(format: Format, width: Int, height: Int) {
        self.format = format; self.width = width; self.height = height
    }

    /// Whether a `width` x `height` picture has at most `maxPixels` pixels (no overflow).
    public static func fits(width: Int, height: Int, maxPixels: Int) -> Bool {
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        return !overflow && pixels <= maxPixels
    }

    /// Parses `data`; nil when it is none of the three formats or its size is not in it.
    public init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(Self.bytesNeeded))
        if let png = PNGHeader(data) {
            (format, width, height) = (.png, png.width, png.height)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]), let size = Self.jpegSize(bytes) {
            (format, width, height) = (.jpeg, size.width, size.height)
        } else if bytes.count >= 30, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8),
                  let size = Self.webpSize(bytes) {
            (format, width, height) = (.webp, size.width, size.height)
        } else {
            return nil
        }
        guard width > 0, height > 0 else { return nil }
    }

    /// The size in the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
    private static func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        var offset = 2
        while offset + 9 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }              // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { offset += 2; continue }   // no length
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (Int(bytes[offset + 7]) << 8 | Int(bytes[offset + 8]), Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]))
            }
            guard length >= 2 else { return nil }
            offset += 2 + length
        }
        return nil
    }

    /// The canvas (VP8X), or the lossless (VP8L) or lossy (VP8) frame's size.
    private static func webpSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        func le(_ at: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8X": return (le(24, 3) + 1, le(27, 3) + 1)
        case "VP8L":
            guard bytes[20] == 0x2F else { return nil }
            let bits = le(21, 4)
            return ((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
        case "VP8 ":
            guard Array(bytes[23..<26]) == [0x9D, 0x01, 0x2A] else { return nil }
            return (le(26, 2) & 0x3FFF, le(28, 2) & 0x3FFF)
        default: return nil
        }
    }
}

import CFFmpeg
import Foundation

/// Text chunks for a PNG libavcodec wrote (its encoder writes none), placed right after the
/// header chunk so readers that stop early still see them: `tEXt` for ASCII text (every PNG
/// reader knows it, ffprobe 5.1 included), `iTXt` (UTF-8, not compressed) for the rest.
enum PNGTextChunks {
    /// `png` with one text chunk per entry, sorted by keyword. Keywords that PNG does not
    /// allow (empty, over 79 bytes, outside printable Latin-1, or with a NUL) are left out.
    static func inserting(_ text: [String: String], into png: Data) -> Data {
        let headerEnd = 8 + 4 + 4 + 13 + 4   // signature, IHDR length, type, data, CRC
        guard !text.isEmpty, png.count > headerEnd else { return png }
        var chunks = Data()
        for (keyword, value) in text.sorted(by: { $0.key < $1.key }) where isValid(keyword: keyword) {
            var body = Data(keyword.utf8)
            if value.utf8.allSatisfy({ $0 < 128 }) {
                body += [0]   // keyword NUL text
                body += Data(value.utf8)
                chunks += chunk(type: "tEXt", body)
            } else {
                body += [0, 0, 0, 0, 0]   // NUL, not compressed, method 0, no language tag, no translated keyword
                body += Data(value.utf8)
                chunks += chunk(type: "iTXt", body)
            }
        }
        var out = png.prefix(headerEnd)
        out += chunks
        out += png.dropFirst(headerEnd)
        return out
    }

    static func isValid(keyword: String) -> Bool {
        (1...79).contains(keyword.utf8.count) && keyword.unicodeScalars.allSatisfy { (32...126).contains($0.value) }
            && !keyword.hasPrefix(" ") && !keyword.hasSuffix(" ")
    }

    /// Length, type, body and the CRC-32 of type and body, as PNG frames every chunk.
    private static func chunk(type: String, _ body: Data) -> Data {
        var typed = Data(type.utf8)
        typed += body
        let crc = typed.withUnsafeBytes { bytes in
            av_crc(av_crc_get_table(AV_CRC_32_IEEE_LE), 0xFFFF_FFFF, bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
        } ^ 0xFFFF_FFFF
        var out = Data()
        out += bigEndian(UInt32(body.count))
        out += typed
        out += bigEndian(crc)
        return out
    }

    private static func bigEndian(_ value: UInt32) -> Data { withUnsafeBytes(of: value.bigEndian) { Data($0) } }
}

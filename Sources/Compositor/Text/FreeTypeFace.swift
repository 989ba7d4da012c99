import CFreeType
import Foundation

/// One rendered glyph: an 8-bit coverage bitmap placed relative to the pen on the baseline.
struct Glyph: Sendable {
    var width: Int
    var height: Int
    /// Pixels from the pen to the bitmap's left edge.
    var left: Int
    /// Pixels from the baseline up to the bitmap's top row.
    var top: Int
    /// Pen advance in 1/64 pixel.
    var advance: Int
    /// `width * height` coverage values, rows top to bottom.
    var bitmap: [UInt8]

    static func blank(advance: Int) -> Glyph {
        Glyph(width: 0, height: 0, left: 0, top: 0, advance: advance, bitmap: [])
    }
}

/// The only owner of FreeType state: one `FT_Library` and one `FT_Face`, freed in `deinit`.
/// Not thread-safe (FreeType faces are not); one per render thread, like its `TextRenderer`.
final class FreeTypeFace {
    private let library: FT_Library
    private let face: FT_Face
    private var currentSize = 0
    /// The face's family, e.g. "Noto Sans CJK SC".
    let familyName: String

    init(path: String, faceIndex: Int) throws {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CompositorError.fontNotFound(path: path) }
        var library: FT_Library?
        var code = FT_Init_FreeType(&library)
        guard code == 0, let library else { throw CompositorError.fontFailed(path: path, faceIndex: faceIndex, code: code) }
        var face: FT_Face?
        code = standin_ft_open_face_unmapped(library, path, FT_Long(faceIndex), &face)
        guard code == 0, let face else {
            FT_Done_FreeType(library)
            throw CompositorError.fontFailed(path: path, faceIndex: faceIndex, code: code)
        }
        self.library = library
        self.face = face
        familyName = face.pointee.family_name.map { String(cString: $0) } ?? ""
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
    }

    /// Ascender and descender (both positive, whole pixels) at `pixelSize`.
    func verticalMetrics(pixelSize: Int) -> (ascender: Int, descender: Int) {
        setSize(pixelSize)
        let metrics = face.pointee.size.pointee.metrics
        return (Int(metrics.ascender + 63) >> 6, Int(-metrics.descender + 63) >> 6)
    }

    /// Renders `scalar` at `pixelSize`. Characters the font lacks, and load failures, come
    /// back as blank half-em spaces rather than errors or tofu boxes.
    func glyph(for scalar: Unicode.Scalar, pixelSize: Int) -> Glyph {
        let blank = Glyph.blank(advance: pixelSize * 32)
        let index = FT_Get_Char_Index(face, FT_ULong(scalar.value))
        guard index != 0 else { return blank }
        setSize(pixelSize)
        guard FT_Load_Glyph(face, index, Int32(FT_LOAD_RENDER | FT_LOAD_NO_BITMAP)) == 0 else { return blank }
        let slot = face.pointee.glyph.pointee
        let bitmap = slot.bitmap
        let width = Int(bitmap.width), height = Int(bitmap.rows), pitch = Int(bitmap.pitch)
        var pixels = [UInt8](repeating: 0, count: width * height)
        if bitmap.pixel_mode == UInt8(FT_PIXEL_MODE_GRAY.rawValue), let buffer = bitmap.buffer, width > 0 {
            for row in 0..<height {
                // A negative pitch means rows are stored bottom-up.
                let start = pitch >= 0 ? row * pitch : (height - 1 - row) * -pitch
                for column in 0..<width { pixels[row * width + column] = buffer[start + column] }
            }
        }
        return Glyph(width: width, height: height, left: Int(slot.bitmap_left), top: Int(slot.bitmap_top),
                     advance: Int(slot.advance.x), bitmap: pixels)
    }

    private func setSize(_ pixelSize: Int) {
        guard pixelSize != currentSize else { return }
        FT_Set_Pixel_Sizes(face, 0, FT_UInt(pixelSize))
        currentSize = pixelSize
    }
}

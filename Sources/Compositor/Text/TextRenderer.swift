/// Measures, wraps and renders lines of text with one font face (FreeType underneath).
///
/// ```swift
/// let text = try TextRenderer()                      // Noto Sans CJK SC
/// let lines = text.wrap("今天给大家带来明前龙井", pixelSize: 36, maxWidth: 400)
/// let mask = text.renderLine(lines[0], pixelSize: 36) // blend it with any colour
/// ```
/// Glyphs are cached per (character, pixel size). Not thread-safe: one per render thread.
public final class TextRenderer {
    /// Noto Sans CJK from Debian's fonts-noto-cjk.
    public static let defaultFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    /// Face 2 of that collection is Simplified Chinese ("Noto Sans CJK SC").
    public static let defaultFaceIndex = 2

    private struct GlyphKey: Hashable {
        var scalar: UInt32
        var pixelSize: Int
    }

    /// A caption glyph at 720x1280 is ~1.7 KB, so the cache stays under ~2 MB; a channel's
    /// captions use a few hundred distinct characters, re-rendered in microseconds when dropped.
    private static let glyphCacheLimit = 1024
    private let face: FreeTypeFace
    private var glyphs: [GlyphKey: Glyph] = [:]

    /// Opens `faceIndex` of the font file at `fontPath`.
    public init(fontPath: String = TextRenderer.defaultFontPath, faceIndex: Int = TextRenderer.defaultFaceIndex) throws {
        face = try FreeTypeFace(path: fontPath, faceIndex: faceIndex)
    }

    /// The face's family name, e.g. "Noto Sans CJK SC".
    public var familyName: String { face.familyName }

    /// Pixels above and below the baseline that lines of this size reserve.
    public func verticalMetrics(pixelSize: Int) -> (ascender: Int, descender: Int) {
        face.verticalMetrics(pixelSize: pixelSize)
    }

    /// Pen advance of `text` on one line, in whole pixels.
    public func width(of text: some StringProtocol, pixelSize: Int) -> Int {
        var pen = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x20 { pen += glyph(scalar, pixelSize).advance }
        return (pen + 32) >> 6
    }

    /// Breaks `text` into lines no wider than `maxWidth`: per character for CJK, per word for
    /// Latin; explicit newlines are kept.
    public func wrap(_ text: String, pixelSize: Int, maxWidth: Int) -> [String] {
        TextLayout.wrap(text, maxWidth: maxWidth) { width(of: $0, pixelSize: pixelSize) }
    }

    /// Renders `text` as one line. The mask is tall enough for the font's ascender and
    /// descender and wide enough for every glyph's ink, so nothing is clipped.
    public func renderLine(_ text: String, pixelSize: Int) -> AlphaMask {
        let size = max(1, pixelSize)
        var placed: [(glyph: Glyph, x: Int)] = []
        var pen = 0
        var (top, bottom) = face.verticalMetrics(pixelSize: size)
        var minX = 0, maxX = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x20 {
            let glyph = glyph(scalar, size)
            let x = (pen + 32) >> 6
            placed.append((glyph, x))
            pen += glyph.advance
            if glyph.width > 0 {
                minX = min(minX, x + glyph.left); maxX = max(maxX, x + glyph.left + glyph.width)
                top = max(top, glyph.top); bottom = max(bottom, glyph.height - glyph.top)
            }
        }
        let advance = (pen + 32) >> 6
        maxX = max(maxX, advance)
        let width = maxX - minX, height = top + bottom
        var coverage = [UInt8](repeating: 0, count: width * height)
        for (glyph, x) in placed where glyph.width > 0 {
            let left = x + glyph.left - minX, upper = top - glyph.top
            for row in 0..<glyph.height {
                let target = (upper + row) * width + left, source = row * glyph.width
                for column in 0..<glyph.width {
                    coverage[target + column] = max(coverage[target + column], glyph.bitmap[source + column])
                }
            }
        }
        return AlphaMask(width: width, height: height, baseline: top, penX: -minX, advance: advance, coverage: coverage)
    }

    private func glyph(_ scalar: Unicode.Scalar, _ pixelSize: Int) -> Glyph {
        let key = GlyphKey(scalar: scalar.value, pixelSize: pixelSize)
        if let cached = glyphs[key] { return cached }
        let glyph = face.glyph(for: scalar, pixelSize: pixelSize)
        // Bounded: a day of captions meets thousands of distinct characters.
        if glyphs.count >= Self.glyphCacheLimit { glyphs.removeAll(keepingCapacity: true) }
        glyphs[key] = glyph
        return glyph
    }
}

import Testing
@testable import Compositor
import StandInCore

@Suite struct CaptionTests {
    /// Light pixels: caption glyphs on the dark band (the test background is dark too).
    static func glyphPixels(_ frame: RGBAImage, in rect: PixelRect) -> Int {
        Fixtures.count(in: rect, of: frame) { x, y in
            let p = frame.pixel(x: x, y: y)
            return min(p.r, p.g, p.b) >= 128
        }
    }

    @Test(arguments: [(180, 320), (720, 1280)], ["大家好，欢迎来到直播间！", "Hello and welcome to the room!"])
    func captionDrawsGlyphsOnTheBand(size: (Int, Int), caption: String) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let rect = compositor.layout.captionRect
        let with = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: caption))
        let without = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        #expect(Self.glyphPixels(with, in: rect) > rect.width * rect.height / 200)
        #expect(Self.glyphPixels(without, in: rect) == 0)
        // With no caption the band is absent: the area is plain background.
        let background = Fixtures.count(in: rect, of: without) { without.pixel(x: $0, y: $1) == Fixtures.look.background }
        #expect(background == rect.width * rect.height)
        // Everything the caption changes lies inside its rect.
        #expect(Fixtures.differingPixels(with, without, in: compositor.layout.frame)
            == Fixtures.differingPixels(with, without, in: rect))
    }

    @Test func emptyCaptionIsLikeNone() throws {
        let compositor = try Fixtures.compositor()
        #expect(compositor.render(FrameState(viseme: .rest, eyes: .open, caption: ""))
            == compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil)))
    }

    @Test(arguments: [(180, 320), (720, 1280)])
    func longCaptionStaysInsideItsRect(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let rect = compositor.layout.captionRect
        let long = String(repeating: "这款茶叶香气清高，滋味鲜爽，Longjing tea from Hangzhou is hand-roasted. ", count: 8)
        let with = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: long))
        let without = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        let changedInside = Fixtures.differingPixels(with, without, in: rect)
        #expect(changedInside > 0)
        #expect(Fixtures.differingPixels(with, without, in: compositor.layout.frame) == changedInside)
        // The text itself keeps a margin from the rect's sides.
        let edges = [PixelRect(x: rect.x, y: rect.y, width: 1, height: rect.height),
                     PixelRect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height)]
        for edge in edges { #expect(Self.glyphPixels(with, in: edge) == 0) }
    }

    @Test func captionsAreCachedAndStillCorrectAfterEviction() throws {
        let compositor = try Fixtures.compositor()
        let first = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: "第一句"))
        for n in 0..<20 { _ = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: "第\(n)句话")) }
        #expect(compositor.render(FrameState(viseme: .rest, eyes: .open, caption: "第一句")) == first)
    }

    @Test func unsupportedCharactersDoNotCrash() throws {
        let compositor = try Fixtures.compositor()
        let odd = "Emoji 😀🛍️, private \u{E000}, combining e\u{301}, control \u{7}\ttab\nnewline"
        let frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: odd))
        #expect(Self.glyphPixels(frame, in: compositor.layout.captionRect) > 0)
    }

    /// Drawn, the greeting's second line starts with the clause's first character: a line
    /// that would end in "，我" (the "…，我 / 是小林。") carries 我 down. The prefix is
    /// sized with the real font so that "，我" just fits on the first line.
    @Test func theGreetingsClauseStartsTheSecondLine() throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: 720, height: 1280))
        let rect = compositor.layout.captionRect, size = compositor.layout.captionTextSize
        let text = try TextRenderer(), maxWidth = rect.width - 2 * max(2, size / 3)
        var prefix = ""
        for character in "欢迎来到直播间今天带来的都是新茶大家好".cycled() {
            if text.width(of: prefix + String(character) + "，我", pixelSize: size) > maxWidth { break }
            prefix.append(character)
        }
        let greeting = prefix + "，我是小林。"
        #expect(text.width(of: prefix + "，我", pixelSize: size) <= maxWidth)
        #expect(text.width(of: prefix + "，我是", pixelSize: size) > maxWidth)
        let frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: greeting))
        // Rows with glyph ink, grouped into lines by blank rows.
        var lines: [ClosedRange<Int>] = []
        for y in rect.y..<rect.maxY where Self.glyphPixels(frame, in: PixelRect(x: rect.x, y: y, width: rect.width, height: 1)) > 0 {
            if let last = lines.last, last.upperBound >= y - 2 { lines[lines.count - 1] = last.lowerBound...y } else { lines.append(y...y) }
        }
        #expect(lines.count == 2)
        let second = try #require(lines.last)
        let columns = (rect.x..<rect.maxX).filter {
            Self.glyphPixels(frame, in: PixelRect(x: $0, y: second.lowerBound, width: 1, height: second.count)) > 0
        }
        let ink = (columns.max() ?? 0) - (columns.min() ?? 0)
        // "我是小林。" holds four full ideographs of ink; "是小林。" only three.
        #expect(ink > text.width(of: "我是小", pixelSize: size) + size / 2, "ink \(ink) px at text size \(size)")
    }
}

private extension String {
    /// The characters repeated without end.
    func cycled() -> some Sequence<Character> { (0...).lazy.flatMap { _ in self } }
}

import Foundation
import Testing
@testable import Compositor

@Suite struct TextTests {
    @Test func defaultFaceIsSimplifiedChinese() throws {
        #expect(try TextRenderer().familyName == "Noto Sans CJK SC")
    }

    @Test func missingFontIsANamedError() {
        #expect(throws: CompositorError.fontNotFound(path: "/nonexistent/font.ttf")) {
            try TextRenderer(fontPath: "/nonexistent/font.ttf")
        }
        #expect(throws: CompositorError.self) { try TextRenderer(faceIndex: 99) }
    }

    @Test func renderedLineHasInkWithinItsMask() throws {
        let text = try TextRenderer()
        let mask = text.renderLine("龙井 Tea ¥89", pixelSize: 32)
        #expect(mask.inkHeight > 20 && mask.inkHeight <= mask.height)
        #expect(mask.advance == text.width(of: "龙井 Tea ¥89", pixelSize: 32))
        #expect(text.renderLine("", pixelSize: 32).inkHeight == 0)
        #expect(text.renderLine("\u{E000}😀", pixelSize: 32).inkHeight == 0)
    }

    /// The font is read, not mapped: a mapped 19 MB CJK font grew a stream's resident set
    /// with every new caption glyph.
    @Test func theFontFileIsReadNotMapped() throws {
        let text = try TextRenderer()
        #expect(text.renderLine("山间茶舍的明前龙井，欢迎回来", pixelSize: 40).inkHeight > 20)
        let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        #expect(!maps.contains("NotoSansCJK"), "\(maps.split(separator: "\n").filter { $0.contains("Noto") })")
    }

    /// Every character 10 px wide, for layout tests independent of the font.
    static func fixed(_ text: String) -> Int { text.count * 10 }

    @Test func chineseWrapsPerCharacter() {
        #expect(TextLayout.wrap("今天给大家带来好茶", maxWidth: 40, width: Self.fixed) == ["今天给大", "家带来好", "茶"])
    }

    @Test func latinWrapsPerWord() {
        #expect(TextLayout.wrap("hand roasted green tea", maxWidth: 120, width: Self.fixed)
            == ["hand roasted", "green tea"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(TextLayout.wrap("好茶好茶，真好", maxWidth: 40, width: Self.fixed) == ["好茶好", "茶，真好"])
    }

    @Test func mixedTextAndOverlongWords() {
        #expect(TextLayout.wrap("新品 Longjing上市", maxWidth: 60, width: Self.fixed) == ["新品", "Longji", "ng上市"])
    }

    /// A line does not end in the lone first character of the next clause (the greeting
    /// wrapped as "…，我 / 是小林。").
    @Test(arguments: [("大家好，我是小林。", 50), ("欢迎回来，我是小林，我们接着看好东西。", 60),
                      ("Hi! 大家好，我是小林。", 90), ("好茶：新到的明前龙井、碧螺春，欢迎品尝", 80)])
    func aClauseStartIsNotLeftAtALineEnd(text: String, maxWidth: Int) {
        let lines = TextLayout.wrap(text, maxWidth: maxWidth, width: Self.fixed)
        #expect(lines.joined() == text)
        for line in lines.dropLast() {
            let tail = line.suffix(2)
            #expect(!(tail.count == 2 && LineBreakClass.endsClause(tail.first!) && LineBreakClass(tail.last!) == .ideographic),
                    "\(lines)")
            #expect(Self.fixed(line) <= maxWidth)
        }
        #expect(TextLayout.wrap("大家好，我是小林。", maxWidth: 50, width: Self.fixed) == ["大家好，", "我是小林。"])
    }

    /// The lone character stays when moving it would leave a line less than half full.
    @Test func aShortLineKeepsItsLastCharacter() {
        #expect(TextLayout.wrap("好，我Longjingtea", maxWidth: 100, width: Self.fixed).first == "好，我")
    }

    /// UAX #14: no break before closing punctuation, small kana or the prolonged sound mark,
    /// none after opening brackets or a full-width currency sign.
    @Test func punctuationAndSmallKanaStayWithTheirCharacter() {
        let lines = TextLayout.wrap("コーヒーとチョコレート", maxWidth: 30, width: Self.fixed)
        #expect(lines.allSatisfy { $0.first.map { LineBreakClass($0) != .closing } ?? true }, "\(lines)")
        #expect(lines.joined() == "コーヒーとチョコレート")
        let priced = TextLayout.wrap("这款茶「明前龙井」只要￥89！", maxWidth: 50, width: Self.fixed)
        #expect(priced.allSatisfy { $0.last.map { LineBreakClass($0) != .opening } ?? true }, "\(priced)")
        #expect(priced.allSatisfy { $0.first.map { LineBreakClass($0) != .closing } ?? true }, "\(priced)")
        #expect(priced.joined() == "这款茶「明前龙井」只要￥89！")
    }

    @Test func truncationEndsInAnEllipsisThatFits() {
        let lines = TextLayout.truncate(["一二三四", "五六七八", "九十"], maxLines: 2, maxWidth: 40, width: Self.fixed)
        #expect(lines == ["一二三四", "五六七…"])
    }
}

import Testing
@testable import Compositor
import StandInCore

@Suite struct LabelTests {
    static let cases: [(Int, Int, String)] = [
        (180, 320, "AI 虚拟主播"), (720, 1280, "AI 虚拟主播"), (180, 320, "AI-generated host"),
        (720, 1280, "AI-generated host"), (160, 288, "AI 虚拟主播"), (1080, 1920, "AI 生成内容"),
    ]

    @Test(arguments: cases)
    func labelTextInkIsAtLeastFivePercentOfTheShorterSide(testCase: (Int, Int, String)) throws {
        let (width, height, label) = testCase
        let text = try TextRenderer()
        let layout = SceneLayout(video: VideoSettings(width: width, height: height, fps: 30))
        let painter = LabelPainter(layout: layout, look: Fixtures.look, text: text)
        let mask = text.renderLine(label, pixelSize: painter.pixelSize(for: label))
        let required = Double(min(width, height)) * 0.05
        #expect(Double(mask.inkHeight) >= required, "ink \(mask.inkHeight) px, need \(required)")
    }

    @Test(arguments: [(180, 320), (720, 1280)], [Fixtures.look, Fixtures.lightLook])
    func labelIsVisibleInTheFrameWithTallEnoughText(size: (Int, Int), look: Persona.Look) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1, look: look))
        let frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        let rect = compositor.layout.labelRect
        let painter = LabelPainter(layout: compositor.layout, look: look, text: try TextRenderer())
        let notBackground = Fixtures.count(in: rect, of: frame) { frame.pixel(x: $0, y: $1) != look.background }
        #expect(notBackground > rect.width * rect.height / 10)
        // Rows holding text-coloured pixels (at least half coverage), measured in the frame.
        let ink = painter.textColor
        let inkRows = (rect.y..<rect.maxY).filter { y in
            (rect.x..<rect.maxX).contains { x in
                let p = frame.pixel(x: x, y: y)
                return abs(Int(p.r) - Int(ink.r)) + abs(Int(p.g) - Int(ink.g)) + abs(Int(p.b) - Int(ink.b)) < 3 * 110
            }
        }
        let inkHeight = (inkRows.last ?? 0) - (inkRows.first ?? 0) + 1
        #expect(Double(inkHeight) >= Double(min(size.0, size.1)) * 0.05, "ink \(inkHeight) px at \(size)")
    }

    @Test func pillContrastsWithTheBackground() throws {
        for look in [Fixtures.look, Fixtures.lightLook] {
            let painter = LabelPainter(layout: SceneLayout(video: VideoSettings(width: 180, height: 320, fps: 30)),
                                       look: look, text: try TextRenderer())
            #expect(abs(painter.pillColor.luminance - look.background.luminance) > 0.4)
            #expect(abs(painter.textColor.luminance - painter.pillColor.luminance) > 0.7)
        }
    }
}

import Foundation
import Testing
@testable import Compositor
import StandInCore

/// A sprite pack drawn by the compositor, label corners, and the drawn avatar's styles.
@Suite struct SpriteAndStyleTests {
    /// The fox orange of the example pack's base layer (and of these synthetic layers).
    static let fur = RGBA(0xE8, 0x8A, 0x3C)

    /// 100x125 layers: an orange body, eyes at rows 30–40, a mouth at rows 70–80 whose width
    /// depends on the viseme.
    static func sprites() throws -> SpriteImages {
        func layer(_ paint: (inout RGBAImage) -> Void) -> RGBAImage {
            var image = RGBAImage(width: 100, height: 125, fill: RGBA(0, 0, 0, 0))
            paint(&image)
            return image
        }
        func fill(_ image: inout RGBAImage, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ color: RGBA) {
            for y in y0..<y1 { for x in x0..<x1 {
                let i = (y * 100 + x) * 4
                image.pixels[i] = color.r; image.pixels[i + 1] = color.g; image.pixels[i + 2] = color.b; image.pixels[i + 3] = color.a
            } }
        }
        let base = layer { fill(&$0, 10, 10, 90, 125, fur) }
        var eyes: [EyeState: RGBAImage] = [:]
        for (state, height) in [(EyeState.open, 10), (.half, 5), (.closed, 2)] {
            eyes[state] = layer { fill(&$0, 25, 30, 45, 30 + height, RGBA(0x10, 0x10, 0x10)); fill(&$0, 55, 30, 75, 30 + height, RGBA(0x10, 0x10, 0x10)) }
        }
        var mouths: [Viseme: RGBAImage] = [:]
        for (index, viseme) in Viseme.allCases.enumerated() {
            mouths[viseme] = layer { fill(&$0, 45 - index * 2, 70, 55 + index * 2, 72 + index, RGBA(0x90, 0x10, 0x30)) }
        }
        return try SpriteImages(base: base, eyes: eyes, mouths: mouths)
    }

    static func spriteScene() throws -> SceneSpec {
        var scene = Fixtures.scene()
        scene.sprites = try sprites()
        return scene
    }

    @Test func theAvatarAreaShowsTheSpriteLayers() throws {
        let compositor = try Fixtures.compositor(Self.spriteScene())
        let frame = compositor.render(FrameState(viseme: .open, eyes: .open, caption: "Hi"))
        let avatar = compositor.layout.avatarRect
        let orange = Fixtures.count(in: avatar, of: frame) { frame.pixel(x: $0, y: $1) == Self.fur }
        #expect(orange > avatar.width * avatar.height / 4, "\(orange) orange pixels in \(avatar)")
        // The drawn avatar's skin is nowhere.
        let skin = Fixtures.count(in: avatar, of: frame) { frame.pixel(x: $0, y: $1) == Fixtures.look.skin }
        #expect(skin == 0)
        #expect(compositor.layout.avatarRect.contains(compositor.layout.mouthRect))
        #expect(compositor.layout.eyesRect.intersection(compositor.layout.mouthRect).isEmpty)
        #expect(compositor.layout.mouthRect.maxY <= compositor.layout.cardRect.y)
    }

    @Test func mouthAndEyesChangeOnlyInsideTheirPatches() throws {
        let compositor = try Fixtures.compositor(Self.spriteScene())
        let open = compositor.render(FrameState(viseme: .open, eyes: .open, caption: nil))
        let wide = compositor.render(FrameState(viseme: .wide, eyes: .open, caption: nil))
        let closed = compositor.render(FrameState(viseme: .open, eyes: .closed, caption: nil))
        let layout = compositor.layout, frame = layout.frame
        #expect(Fixtures.differingPixels(open, wide, in: layout.mouthRect) > 0)
        #expect(Fixtures.differingPixels(open, wide, in: frame) == Fixtures.differingPixels(open, wide, in: layout.mouthRect))
        #expect(Fixtures.differingPixels(open, closed, in: layout.eyesRect) > 0)
        #expect(Fixtures.differingPixels(open, closed, in: frame) == Fixtures.differingPixels(open, closed, in: layout.eyesRect))
        // update() keeps its contract: the patched frame equals a full render, and only the patches were redrawn.
        var patched = open
        let redrawn = compositor.update(&patched, from: FrameState(viseme: .open, eyes: .open, caption: nil),
                                        to: FrameState(viseme: .wide, eyes: .closed, caption: nil))
        #expect(patched == compositor.render(FrameState(viseme: .wide, eyes: .closed, caption: nil)))
        #expect(Set(redrawn) == [layout.mouthRect, layout.eyesRect])
    }

    @Test func spriteFramesAreDeterministic() throws {
        let states = [FrameState(viseme: .round, eyes: .half, caption: "同样的输入"), FrameState(viseme: .teeth, eyes: .open, caption: nil)]
        let a = try Fixtures.compositor(Self.spriteScene()), b = try Fixtures.compositor(Self.spriteScene())
        for state in states { #expect(a.render(state).pixels == b.render(state).pixels) }
    }

    @Test func overlappingEyesAndMouthLayersAreRejected() throws {
        let good = try Self.sprites()
        var mouths = good.mouths
        mouths[.open] = good.eyes[.open]!  // a "mouth" drawn where the eyes are
        var scene = Fixtures.scene()
        scene.sprites = try SpriteImages(base: good.base, eyes: good.eyes, mouths: mouths)
        #expect(throws: CompositorError.self) { try Fixtures.compositor(scene) }
        let small = RGBAImage(width: 10, height: 10, fill: RGBA(0, 0, 0, 0))
        #expect(throws: CompositorError.self) {
            try SpriteImages(base: good.base, eyes: good.eyes.merging([.half: small]) { $1 }, mouths: good.mouths)
        }
    }

    @Test(arguments: Persona.LabelPosition.allCases)
    func theLabelMovesToItsCornerAndStaysTallEnough(position: Persona.LabelPosition) throws {
        var look = Fixtures.look
        look.labelPosition = position
        let compositor = try Fixtures.compositor(Fixtures.scene(look: look))
        let layout = compositor.layout
        let frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: "caption"))
        let rect = layout.labelRect
        #expect(position.isTop ? rect.y == layout.margin : rect.maxY == layout.frame.maxY - layout.margin)
        #expect(position.isTop ? rect.maxY < layout.avatarRect.y : rect.y > layout.captionRect.maxY)
        for other in [layout.eyesRect, layout.mouthRect, layout.captionRect, layout.cardRect] {
            #expect(other.intersection(rect).isEmpty, "\(other) meets label \(rect)")
        }
        // The pill is at the chosen end: its half of the strip has pill pixels, the other only background.
        let half = rect.width / 2
        let left = PixelRect(x: rect.x, y: rect.y, width: half / 2, height: rect.height)
        let right = PixelRect(x: rect.maxX - half / 2, y: rect.y, width: half / 2, height: rect.height)
        let notBackground = { (area: PixelRect) in Fixtures.count(in: area, of: frame) { frame.pixel(x: $0, y: $1) != look.background } }
        #expect(notBackground(position.isLeft ? left : right) > 0)
        #expect(notBackground(position.isLeft ? right : left) == 0)
        let painter = LabelPainter(layout: layout, look: look, text: try TextRenderer())
        let mask = try TextRenderer().renderLine("AI 虚拟主播", pixelSize: painter.pixelSize(for: "AI 虚拟主播"))
        #expect(Double(mask.inkHeight) >= Double(min(layout.frame.width, layout.frame.height)) * 0.05)
    }

    @Test func drawnStylesChangeTheBaseButNotThePatches() throws {
        var styled = Fixtures.look
        styled.hairStyle = .bun
        styled.faceShape = .round
        styled.outfitStyle = .vNeck
        let plain = try Fixtures.compositor(Fixtures.scene(card: nil)), fancy = try Fixtures.compositor(Fixtures.scene(look: styled, card: nil))
        #expect(plain.layout == fancy.layout)
        #expect(Fixtures.differingPixels(plain.base, fancy.base, in: plain.layout.avatarRect) > 100)
        for style in Persona.HairStyle.allCases {
            var look = Fixtures.look
            look.hairStyle = style
            let compositor = try Fixtures.compositor(Fixtures.scene(look: look))
            #expect(compositor.render(FrameState(viseme: .open, eyes: .open, caption: nil)).width == 180)
        }
    }
}

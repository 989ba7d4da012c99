import Foundation
@testable import Compositor
import StandInCore

/// Scenes, images and pixel counting shared by the compositor tests.
enum Fixtures {
    static let look = Persona.Look(
        background: RGBA(0x2B, 0x2D, 0x42), skin: RGBA(0xF3, 0xC9, 0xA8), hair: RGBA(0x3B, 0x24, 0x1C),
        eyes: RGBA(0x4A, 0x32, 0x28), mouth: RGBA(0xC2, 0x4E, 0x5A), outfit: RGBA(0x3E, 0x7C, 0xB1),
        accent: RGBA(0xE6, 0x39, 0x46))
    static let lightLook = Persona.Look(
        background: RGBA(0xF7, 0xE8, 0xD8), skin: RGBA(0xF1, 0xC2, 0x9E), hair: RGBA(0x1E, 0x1A, 0x1A),
        eyes: RGBA(0x2A, 0x2A, 0x2A), mouth: RGBA(0xB8, 0x43, 0x4F), outfit: RGBA(0x6B, 0x4E, 0x9B),
        accent: RGBA(0xFF, 0x5A, 0x00))
    /// A colour nothing else in the scene uses.
    static let productGreen = RGBA(0x10, 0xC0, 0x40)

    /// A 300x200 product picture: green with a darker stripe.
    static func productImage() -> RGBAImage {
        var image = RGBAImage(width: 300, height: 200, fill: productGreen)
        for y in 90..<110 { for x in 0..<300 { let i = (y * 300 + x) * 4; image.pixels[i + 1] = 0x60 } }
        return image
    }

    static func card(image: Bool = true) -> ProductCard {
        ProductCard(name: "明前龙井 Longjing green tea 250g", priceText: "¥89", listPriceText: "¥129",
                    image: image ? productImage() : nil)
    }

    static func scene(width: Int = 180, height: Int = 320, look: Persona.Look = look, label: String = "AI 虚拟主播",
                      card: ProductCard? = card()) -> SceneSpec {
        SceneSpec(video: VideoSettings(width: width, height: height, fps: 30), look: look, aiLabel: label, card: card)
    }

    static func compositor(_ scene: SceneSpec = scene()) throws -> FrameCompositor {
        try FrameCompositor(scene: scene, text: TextRenderer())
    }

    /// Pixels inside `rect` where `a` and `b` differ.
    static func differingPixels(_ a: RGBAImage, _ b: RGBAImage, in rect: PixelRect) -> Int {
        count(in: rect, of: a) { x, y in a.pixel(x: x, y: y) != b.pixel(x: x, y: y) }
    }

    /// Pixels of `image` inside `rect` for which `test(x, y)` holds.
    static func count(in rect: PixelRect, of image: RGBAImage, where test: (Int, Int) -> Bool) -> Int {
        var found = 0
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX where test(x, y) { found += 1 } }
        return found
    }

    /// Writes `image` as a binary PPM when `STANDIN_DUMP_DIR` is set (for looking at frames).
    static func dump(_ image: RGBAImage, name: String) {
        guard let folder = ProcessInfo.processInfo.environment["STANDIN_DUMP_DIR"] else { return }
        var data = Data("P6\n\(image.width) \(image.height)\n255\n".utf8)
        for i in stride(from: 0, to: image.pixels.count, by: 4) { data.append(contentsOf: image.pixels[i..<i + 3]) }
        try? data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).ppm"))
    }
}

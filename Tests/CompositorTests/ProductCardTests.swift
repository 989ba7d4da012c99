import Testing
@testable import Compositor
import StandInCore

@Suite struct ProductCardTests {
    @Test(arguments: [(180, 320), (720, 1280)])
    func cardShowsTheImageAndTheAccentPrice(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        let card = compositor.layout.cardRect
        let green = Fixtures.count(in: card, of: frame) { frame.pixel(x: $0, y: $1) == Fixtures.productGreen }
        #expect(green > card.height * card.height / 20, "product colour on \(green) pixels")
        let accent = Fixtures.look.accent
        let exact = Fixtures.count(in: card, of: frame) { frame.pixel(x: $0, y: $1) == accent }
        let near = Fixtures.count(in: card, of: frame) { x, y in
            let p = frame.pixel(x: x, y: y)
            return abs(Int(p.r) - Int(accent.r)) + abs(Int(p.g) - Int(accent.g)) + abs(Int(p.b) - Int(accent.b)) < 40
        }
        #expect(exact > 0 && near > card.height / 2, "price accent on \(exact) (\(near) near) pixels")
    }

    @Test func noCardLeavesTheCardAreaWithoutProductOrPrice() throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(card: nil))
        let card = compositor.layout.cardRect
        let base = compositor.base
        #expect(Fixtures.count(in: card, of: base) { base.pixel(x: $0, y: $1) == Fixtures.productGreen } == 0)
        #expect(Fixtures.count(in: card, of: base) { base.pixel(x: $0, y: $1) == Fixtures.look.accent } == 0)
    }

    /// What validate draws for each product: the same pixels as the card in the whole scene
    /// (inside its rounded corners, where nothing of the scene shows through).
    @Test(arguments: [(180, 320), (720, 1280)])
    func theCardDrawnAloneIsTheSceneCard(size: (Int, Int)) throws {
        let withCard = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let withoutCard = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1, card: nil))
        let alone = withoutCard.cardAlone(try #require(withCard.scene.card))
        let rect = withCard.layout.cardRect, inset = rect.height / 8
        #expect(alone.width == rect.width && alone.height > rect.height)
        var differing = 0
        for y in (rect.y + inset)..<(rect.maxY - inset) {
            for x in (rect.x + inset)..<(rect.maxX - inset) where alone.pixel(x: x - rect.x, y: y - rect.y) != withCard.base.pixel(x: x, y: y) {
                differing += 1
            }
        }
        #expect(differing == 0)
        #expect(Fixtures.count(in: PixelRect(x: 0, y: 0, width: alone.width, height: alone.height), of: alone) {
            alone.pixel(x: $0, y: $1) == Fixtures.productGreen } > 0, "the picture is on it")
    }

    @Test func cardWithoutImageStillShowsThePrice() throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(card: Fixtures.card(image: false)))
        let card = compositor.layout.cardRect, base = compositor.base
        #expect(Fixtures.count(in: card, of: base) { base.pixel(x: $0, y: $1) == Fixtures.look.accent } > 0)
    }

    @Test func transparentImagePixelsShowThePanel() {
        var canvas = Canvas(bounds: PixelRect(x: 0, y: 0, width: 20, height: 20), fill: RGBA(10, 20, 30))
        var image = RGBAImage(width: 4, height: 4, fill: RGBA(200, 0, 0, 0))
        image.pixels[3] = 255  // only the top-left pixel is opaque
        let placed = canvas.draw(image, fitting: PixelRect(x: 0, y: 0, width: 20, height: 20))
        #expect(placed == PixelRect(x: 0, y: 0, width: 20, height: 20))
        #expect(canvas.image.pixel(x: 0, y: 0) == RGBA(200, 0, 0))
        #expect(canvas.image.pixel(x: 19, y: 19) == RGBA(10, 20, 30))
    }

    @Test func imageIsScaledToFitKeepingItsAspect() {
        var canvas = Canvas(bounds: PixelRect(x: 0, y: 0, width: 100, height: 100), fill: RGBA(0, 0, 0))
        let placed = canvas.draw(Fixtures.productImage(), fitting: PixelRect(x: 10, y: 10, width: 60, height: 60))
        #expect(placed == PixelRect(x: 10, y: 20, width: 60, height: 40))
        #expect(canvas.image.pixel(x: 40, y: 21) == Fixtures.productGreen)
        #expect(canvas.image.pixel(x: 40, y: 15) == RGBA(0, 0, 0))
    }
}

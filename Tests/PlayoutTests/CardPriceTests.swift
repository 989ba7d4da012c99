import Compositor
import Foundation
import StandInCore
import Testing
import TestSupport
@testable import Playout

/// The drawn card writes a USD price with its cents: "$12.50", not "$12.5".
@Suite struct CardPriceTests {
    @Test func aDollarPriceIsDrawnWithTwoDecimals() throws {
        let folder = try TemporaryFolder()
        let text = try demoCatalogText().replacingOccurrences(of: "currency: CNY", with: "currency: USD")
            .replacingOccurrences(of: "price: 89\n", with: "price: 12.5\n")
            .replacingOccurrences(of: "list_price: 129\n", with: "list_price: 15\n")
        let catalog = try Catalog.load(from: folder.write("catalog.yaml", text))
        let product = try #require(catalog.product(id: "tea-01"))
        #expect(product.price == Price(minorUnits: 1250))
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let scene = try SceneSpec(persona: persona, product: product, catalog: catalog, video: VideoSettings(width: 720, height: 1280, fps: 30))
        let compositor = try FrameCompositor(scene: scene, text: TextRenderer())
        let drawn = compositor.cardAlone(try #require(scene.card))
        func card(_ price: String, _ list: String) -> RGBAImage {
            compositor.cardAlone(ProductCard(name: product.name, priceText: price, listPriceText: list, image: scene.card?.image))
        }
        #expect(drawn == card("$12.50", "$15") ? true : false, "the card is not drawn with $12.50")
        #expect(drawn != card("$12.5", "$15") ? true : false, "the card is drawn with $12.5")
    }
}

import Compositor
import StandInCore

/// One compositor per scene (a product's card, or no card), built on first use and kept
/// for the few products a channel rotates through; the render thread owns it.
final class SceneCache {
    private let persona: Persona
    private let catalog: Catalog
    private let video: VideoSettings
    private let text: TextRenderer
    private let sprites: SpriteImages?
    private var scenes: [String: FrameCompositor] = [:]

    init(persona: Persona, catalog: Catalog, video: VideoSettings) throws {
        self.persona = persona
        self.catalog = catalog
        self.video = video
        text = try TextRenderer()
        sprites = try persona.look.spritePack.map { try SpriteImages(decoding: $0) }
    }

    /// The compositor for a segment about `productID` (nil: no product card).
    func compositor(for productID: String?) throws -> FrameCompositor {
        let key = productID ?? ""
        if let cached = scenes[key] { return cached }
        let card = try productID.flatMap { catalog.product(id: $0) }.map { try ProductCard($0, catalog: catalog) }
        let scene = SceneSpec(video: video, look: persona.look, aiLabel: persona.aiLabel, card: card, sprites: sprites)
        let compositor = try FrameCompositor(scene: scene, text: text)
        if scenes.count >= 32 { scenes.removeAll() }
        scenes[key] = compositor
        return compositor
    }
}

import Compositor
import StandInCore

/// The compositor of the last scene (a product's card, or no card). Each holds ~6 MB at
/// 720x1280 (base frame, mouth and eye patches, cached captions) and takes 20–35 ms to
/// build. The rundown presents one product for several segments, then moves on (a card-less
/// segment between products), so an older scene is almost never asked for again: rebuilding
/// the rare one costs less than keeping it resident. The render thread owns it.
final class SceneCache {
    private let persona: Persona
    private let catalog: Catalog
    private let video: VideoSettings
    private let text: TextRenderer
    private let sprites: SpriteImages?
    private var scenes: [(key: String, compositor: FrameCompositor)] = []
    /// How a scene is built (tests watch what is still alive at that moment).
    private let build: (SceneSpec, TextRenderer) throws -> FrameCompositor
    static let kept = 1

    init(persona: Persona, catalog: Catalog, video: VideoSettings,
         build: @escaping (SceneSpec, TextRenderer) throws -> FrameCompositor = { try FrameCompositor(scene: $0, text: $1) }) throws {
        self.persona = persona
        self.catalog = catalog
        self.video = video
        self.build = build
        text = try TextRenderer()
        sprites = try persona.look.spritePack.map { try SpriteImages(decoding: $0) }
    }

    /// Whether the compositor for `productID` is kept (asking for it builds nothing).
    func holds(_ productID: String?) -> Bool { scenes.contains { $0.key == (productID ?? "") } }

    /// The compositor for a segment about `productID` (nil: no product card). A new one is
    /// built after the oldest is let go, so two scenes are not resident at once.
    func compositor(for productID: String?) throws -> FrameCompositor {
        let key = productID ?? ""
        if let index = scenes.firstIndex(where: { $0.key == key }) {
            let hit = scenes.remove(at: index)
            scenes.append(hit)
            return hit.compositor
        }
        scenes.removeFirst(max(0, scenes.count - Self.kept + 1))
        let card = try productID.flatMap { catalog.product(id: $0) }.map { try ProductCard($0, catalog: catalog) }
        let scene = SceneSpec(video: video, look: persona.look, aiLabel: persona.aiLabel, card: card, sprites: sprites)
        let compositor = try build(scene, text)
        scenes.append((key, compositor))
        return compositor
    }
}

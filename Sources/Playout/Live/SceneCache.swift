import Compositor
import StandInCore

/// The compositor of the last scene (a product's card, or no card). Each holds ~6 MB at
/// 720x1280 (base frame, mouth and eye patches, cached captions) and takes 20–35 ms to
/// build. The rundown presents one product for several segments, then moves on (a card-less
/// segment between products), so an older scene is almost never asked for again: rebuilding
/// the rare one costs less than keeping it resident. The render thread owns it.
///
/// A scene never fails to build: a product picture that does not decode leaves the card
/// without it, a card (or sprite pack) the compositor cannot lay out is left out, and each
/// such loss is kept with the scene (`degradations(for:)`) for every segment that shows it.
final class SceneCache {
    private let persona: Persona
    private let catalog: Catalog
    private let video: VideoSettings
    private let text: TextRenderer
    private let sprites: SpriteImages?
    private var scenes: [(key: String, compositor: FrameCompositor, degraded: [Degradation])] = []
    /// Decoded product pictures, kept across scenes (see `PictureCache`).
    private var pictures: PictureCache
    /// Why the persona's sprite pack is not drawn (it did not decode), if so.
    private let spriteFailure: Degradation?
    /// How a scene is built (tests watch what is still alive at that moment).
    private let build: (SceneSpec, TextRenderer) throws -> FrameCompositor
    static let kept = 1

    init(persona: Persona, catalog: Catalog, video: VideoSettings, pictures: PictureCache = PictureCache(),
         build: @escaping (SceneSpec, TextRenderer) throws -> FrameCompositor = { try FrameCompositor(scene: $0, text: $1) }) throws {
        self.persona = persona
        self.pictures = pictures
        self.catalog = catalog
        self.video = video
        self.build = build
        text = try TextRenderer()
        do {
            sprites = try persona.look.spritePack.map { try SpriteImages(decoding: $0) }
            spriteFailure = nil
        } catch {
            sprites = nil
            spriteFailure = Degradation(part: .sprites, reason: "\(error)")
        }
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
        var degraded = spriteFailure.map { [$0] } ?? []
        var card: ProductCard?
        if let product = productID.flatMap({ catalog.product(id: $0) }) {
            do {
                card = try ProductCard(product, catalog: catalog, picture: pictures.picture(at: product.imagePath))
            } catch {
                card = ProductCard(withoutPictureOf: product, catalog: catalog)
                degraded.append(Degradation(part: .picture, reason: "\(error)"))
            }
        }
        let compositor = try buildFallingBack(card: card, degraded: &degraded)
        scenes.append((key, compositor, degraded))
        return compositor
    }

    /// What the scene of `productID` lost, as of its last build (empty when not built).
    func degradations(for productID: String?) -> [Degradation] {
        scenes.first { $0.key == (productID ?? "") }?.degraded ?? []
    }

    /// The scene with `card` and the sprites; without the card, then without the sprites,
    /// when the compositor cannot lay them out. Only a scene with neither can fail.
    private func buildFallingBack(card: ProductCard?, degraded: inout [Degradation]) throws -> FrameCompositor {
        var scene = SceneSpec(video: video, look: persona.look, aiLabel: persona.aiLabel, card: card, sprites: sprites)
        while true {
            do {
                return try build(scene, text)
            } catch {
                if scene.card != nil {
                    scene.card = nil
                    degraded.append(Degradation(part: .card, reason: "\(error)"))
                } else if scene.sprites != nil {
                    scene.sprites = nil
                    degraded.append(Degradation(part: .sprites, reason: "\(error)"))
                } else {
                    throw error
                }
            }
        }
    }
}

import Compositor
import MediaIO
import StandInCore

extension SceneSpec {
    /// The scene of `persona` presenting `product`: its look (drawn avatar or decoded sprite
    /// pack), label and the product card. Everything visual comes from the persona file;
    /// the catalog supplies only the card's texts and picture.
    public init(persona: Persona, product: Product, catalog: Catalog, video: VideoSettings) throws {
        self.init(video: video, look: persona.look, aiLabel: persona.aiLabel,
                  card: try ProductCard(product, catalog: catalog),
                  sprites: try persona.look.spritePack.map { try SpriteImages(decoding: $0) })
    }
}

extension SpriteImages {
    /// Decodes every layer of `pack` with MediaIO. A layer that does not decode, or whose
    /// decoded size differs from the base, is a `FileError` at the persona's `sprite_pack`
    /// line naming the file.
    init(decoding pack: SpritePack) throws {
        func decode(_ layer: SpritePack.Layer) throws -> RGBAImage {
            let image: RGBAImage
            do {
                image = try ImageDecoder.decode(path: pack.path(of: layer))
            } catch {
                throw pack.error(layer, "cannot be decoded: \(error)")
            }
            guard image.width == pack.width, image.height == pack.height else {
                throw pack.error(layer, "decodes to \(image.width)x\(image.height), not \(pack.width)x\(pack.height)")
            }
            return image
        }
        try self.init(
            base: decode(.base),
            eyes: [.open: try decode(.eyesOpen), .half: try decode(.eyesHalf), .closed: try decode(.eyesClosed)],
            mouths: Dictionary(uniqueKeysWithValues: try Viseme.allCases.map { ($0, try decode(.mouth($0))) }))
    }
}

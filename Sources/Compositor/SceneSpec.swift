import StandInCore

/// The product shown on the card: texts already formatted for display (e.g. "¥89").
public struct ProductCard: Sendable, Equatable {
    public var name: String
    public var priceText: String
    /// The struck-through "was" price, if discounted.
    public var listPriceText: String?
    /// The decoded product picture, scaled to fit the card; nil shows a card without picture.
    public var image: RGBAImage?

    public init(name: String, priceText: String, listPriceText: String?, image: RGBAImage?) {
        self.name = name; self.priceText = priceText; self.listPriceText = listPriceText; self.image = image
    }
}

/// Everything that stays the same for a run of frames: size, the persona's look, the AI
/// label and the product card. A new product means a new `FrameCompositor`.
public struct SceneSpec: Sendable, Equatable {
    public var video: VideoSettings
    public var look: Persona.Look
    /// Text of the always-visible AI-content label, e.g. "AI 虚拟主播".
    public var aiLabel: String
    public var card: ProductCard?
    /// The decoded sprite pack of `look.spritePack`; nil draws the built-in avatar.
    public var sprites: SpriteImages?

    public init(video: VideoSettings, look: Persona.Look, aiLabel: String, card: ProductCard?, sprites: SpriteImages? = nil) {
        self.video = video; self.look = look; self.aiLabel = aiLabel; self.card = card; self.sprites = sprites
    }
}

/// How open the avatar's eyes are in one frame.
public enum EyeState: Sendable, Equatable, Hashable, CaseIterable {
    case open, half, closed
}

/// What changes from frame to frame: mouth shape, eyes and the caption being spoken.
public struct FrameState: Sendable, Equatable, Hashable {
    public var viseme: Viseme
    public var eyes: EyeState
    /// The sentence being spoken; nil (or empty) shows no caption band.
    public var caption: String?

    public init(viseme: Viseme, eyes: EyeState, caption: String?) {
        self.viseme = viseme; self.eyes = eyes; self.caption = caption
    }
}

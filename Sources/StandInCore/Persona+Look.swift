extension Persona {
    /// How the host and the room look: the built-in drawn avatar (colours and a few style
    /// choices) or a sprite pack of the brand's own art, plus background and label corner.
    public struct Look: Sendable, Equatable {
        public var background: RGBA
        public var skin: RGBA
        public var hair: RGBA
        public var eyes: RGBA
        public var mouth: RGBA
        public var outfit: RGBA
        /// Product card highlights and the price.
        public var accent: RGBA
        public var hairStyle: HairStyle
        public var faceShape: FaceShape
        public var outfitStyle: OutfitStyle
        /// The corner of the AI-content label.
        public var labelPosition: LabelPosition
        /// Custom art replacing the drawn avatar; nil draws the built-in one.
        public var spritePack: SpritePack?

        public init(background: RGBA, skin: RGBA, hair: RGBA, eyes: RGBA, mouth: RGBA, outfit: RGBA, accent: RGBA,
                    hairStyle: HairStyle = .long, faceShape: FaceShape = .oval, outfitStyle: OutfitStyle = .roundNeck,
                    labelPosition: LabelPosition = .topLeft, spritePack: SpritePack? = nil) {
            self.background = background; self.skin = skin; self.hair = hair; self.eyes = eyes
            self.mouth = mouth; self.outfit = outfit; self.accent = accent
            self.hairStyle = hairStyle; self.faceShape = faceShape; self.outfitStyle = outfitStyle
            self.labelPosition = labelPosition; self.spritePack = spritePack
        }
    }

    /// Hair of the drawn avatar.
    public enum HairStyle: String, Sendable, CaseIterable {
        /// Down to the shoulders.
        case long
        /// Ending at the jaw.
        case short
        /// Short at the sides, gathered in a bun on top.
        case bun
    }

    /// Face outline of the drawn avatar.
    public enum FaceShape: String, Sendable, CaseIterable {
        case oval, round
    }

    /// Neckline of the drawn avatar's outfit.
    public enum OutfitStyle: String, Sendable, CaseIterable {
        case roundNeck = "round-neck"
        case vNeck = "v-neck"
    }

    /// The frame corner holding the AI-content label.
    public enum LabelPosition: String, Sendable, CaseIterable {
        case topLeft = "top-left"
        case topRight = "top-right"
        case bottomLeft = "bottom-left"
        case bottomRight = "bottom-right"

        public var isTop: Bool { self == .topLeft || self == .topRight }
        public var isLeft: Bool { self == .topLeft || self == .bottomLeft }
    }
}

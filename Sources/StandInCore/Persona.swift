/// The virtual host as the brand defines it: voice, look and words. Nothing in a catalog or
/// a template can change the voice or the look.
public struct Persona: Sendable, Equatable {
    public var id: String
    public var displayName: String
    public var brand: String
    public var language: Language
    public var voice: Voice
    public var look: Look
    /// Text of the always-visible AI-content label (e.g. "AI 虚拟主播").
    public var aiLabel: String
    public var greeting: String
    /// Template variants per segment kind; each is a Mustache template over product fields.
    public var templates: [SegmentKind: [Template]]
    public var file: String
    /// Banned words, absolute-claim changes and declined topics (see `Guardrails`).
    public var guardrails: Guardrails = Guardrails()

    public init(id: String, displayName: String, brand: String, language: Language, voice: Voice, look: Look,
                aiLabel: String, greeting: String, templates: [SegmentKind: [Template]], file: String,
                guardrails: Guardrails = Guardrails()) {
        self.id = id; self.displayName = displayName; self.brand = brand; self.language = language
        self.voice = voice; self.look = look; self.aiLabel = aiLabel; self.greeting = greeting
        self.templates = templates; self.file = file
        self.guardrails = guardrails
    }

    public enum Language: String, Sendable, CaseIterable {
        case zh, en
    }

    /// How the host sounds, fixed per persona.
    public struct Voice: Sendable, Equatable {
        /// espeak-ng voice name, e.g. `cmn-latn-pinyin`, `en-us`.
        public var espeakVoice: String
        /// Words per minute (espeak-ng: 80–450).
        public var rate: Int
        /// Base pitch, 0–100.
        public var pitch: Int
        /// Silence after each sentence, in milliseconds.
        public var pauseAfterSentenceMs: Int

        public init(espeakVoice: String, rate: Int, pitch: Int, pauseAfterSentenceMs: Int) {
            self.espeakVoice = espeakVoice; self.rate = rate; self.pitch = pitch
            self.pauseAfterSentenceMs = pauseAfterSentenceMs
        }
    }

    /// Colours of the built-in drawn avatar and the scene around it.
    public struct Look: Sendable, Equatable {
        public var background: RGBA
        public var skin: RGBA
        public var hair: RGBA
        public var eyes: RGBA
        public var mouth: RGBA
        public var outfit: RGBA
        /// Product card highlights and the price.
        public var accent: RGBA

        public init(background: RGBA, skin: RGBA, hair: RGBA, eyes: RGBA, mouth: RGBA, outfit: RGBA, accent: RGBA) {
            self.background = background; self.skin = skin; self.hair = hair; self.eyes = eyes
            self.mouth = mouth; self.outfit = outfit; self.accent = accent
        }
    }

    /// One template variant and where it was written.
    public struct Template: Sendable, Equatable {
        public var text: String
        public var source: SourceLocation
        public init(text: String, source: SourceLocation) { self.text = text; self.source = source }
    }
}

/// The parts of a product segment, in the order they usually air.
public enum SegmentKind: String, Sendable, CaseIterable, Codable {
    case intro
    case sellingPoint = "selling_point"
    case offer
    case questions
    case callToAction = "call_to_action"
}

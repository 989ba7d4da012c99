/// The virtual host as the brand defines it: who it is, how it sounds and looks, and what
/// it says. Nothing in a catalog or a template can change the voice or the look.
///
/// The parts live in their own files: `Persona+Identity`, `Persona+Voice`, `Persona+Look`,
/// `Persona+Lexicon`; `PersonaLoader` reads them from YAML (schema in `docs/persona.md`).
public struct Persona: Sendable, Equatable {
    public var id: String
    public var displayName: String
    public var brand: String
    /// The main language: the first of `languages`.
    public var language: Language
    public var voice: Voice
    public var look: Look
    /// Text of the always-visible AI-content label (e.g. "AI 虚拟主播").
    public var aiLabel: String
    public var greeting: String
    /// Template variants per segment kind; each is a Mustache template over product fields.
    public var templates: [SegmentKind: [Template]]
    public var file: String
    /// A short description of the host, for people (never spoken by itself).
    public var bio: String?
    /// Every language the host speaks, main one first.
    public var languages: [Language]
    /// The real person whose likeness or voice the host imitates, with their consent.
    public var modelledOn: ModelledOn?
    /// Sign-off, catchphrases, transitions and pronunciation fixes.
    public var lexicon: Lexicon
    /// The spoken AI disclosure and how often it is said (the label is `aiLabel`).
    public var disclosure: Disclosure
    /// The brand's version number of this persona (`version:` in the file).
    public var version: Int
    /// First 8 hex digits of a hash over the file and its sprite layers, computed at load.
    public var contentHash: String
    /// Banned words, absolute-claim changes and declined topics (see `Guardrails`).
    public var guardrails: Guardrails

    public init(id: String, displayName: String, brand: String, language: Language, voice: Voice, look: Look,
                aiLabel: String, greeting: String, templates: [SegmentKind: [Template]], file: String,
                bio: String? = nil, languages: [Language]? = nil, modelledOn: ModelledOn? = nil,
                lexicon: Lexicon = Lexicon(), disclosure: Disclosure = Disclosure(),
                version: Int = 1, contentHash: String = "00000000", guardrails: Guardrails = Guardrails()) {
        self.id = id; self.displayName = displayName; self.brand = brand; self.language = language
        self.voice = voice; self.look = look; self.aiLabel = aiLabel; self.greeting = greeting
        self.templates = templates; self.file = file
        self.bio = bio; self.languages = languages ?? [language]; self.modelledOn = modelledOn
        self.lexicon = lexicon; self.disclosure = disclosure
        self.version = version; self.contentHash = contentHash
        self.guardrails = guardrails
    }

    /// What everything rendered records: `"<version>+<content hash>"`, e.g. `"3+a1b2c3d4"`.
    /// Editing the file without bumping `version` still changes the tag.
    public var versionTag: String { "\(version)+\(contentHash)" }

    public enum Language: String, Sendable, CaseIterable {
        case zh, en
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

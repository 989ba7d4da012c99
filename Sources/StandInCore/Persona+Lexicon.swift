extension Persona {
    /// The host's own words beyond the segment templates (pronunciations are part of `Voice`). Every text is a Mustache template
    /// (transitions over the next product's fields; the others over `brand` and `host`).
    public struct Lexicon: Sendable, Equatable {
        /// Said when the host leaves the room.
        public var signOff: Template?
        /// Recurring phrases, each with the shortest gap between two uses.
        public var catchphrases: [Catchphrase]
        /// Variants said before moving on to the next product.
        public var transitions: [Template]
        /// Said to a viewer whose question the catalog cannot answer (`check_later:`, plain
        /// text); nil uses `Persona.defaultCheckLater` for the language.
        public var checkLater: GuardrailPhrase?

        public init(signOff: Template? = nil, catchphrases: [Catchphrase] = [], transitions: [Template] = [],
                    checkLater: GuardrailPhrase? = nil) {
            self.signOff = signOff; self.catchphrases = catchphrases; self.transitions = transitions
            self.checkLater = checkLater
        }
    }

    /// The "I'll check that for you" line: the persona's own or the default for its language.
    public var checkLaterLine: String { lexicon.checkLater?.text ?? Self.defaultCheckLater(language) }

    /// What the host says when no FAQ entry answers a question well enough.
    public static func defaultCheckLater(_ language: Language) -> String {
        switch language {
        case .zh: "这个问题我先记下来，帮你问问再回复哦。"
        case .en: "Good question, let me check that for you and get back to you."
        }
    }

    /// A phrase the host may repeat, at most once every `atMostEveryMinutes`.
    public struct Catchphrase: Sendable, Equatable {
        public var template: Template
        public var atMostEveryMinutes: Int

        public init(template: Template, atMostEveryMinutes: Int) {
            self.template = template; self.atMostEveryMinutes = atMostEveryMinutes
        }
    }

    /// How to say a written name: `written` in a caption becomes `spoken` for espeak-ng.
    public struct Pronunciation: Sendable, Equatable {
        public var written: String
        public var spoken: String
        public var source: SourceLocation

        public init(written: String, spoken: String, source: SourceLocation) {
            self.written = written; self.spoken = spoken; self.source = source
        }
    }

    /// The spoken AI disclosure: said at the start of every virtual block and at least every
    /// `everyMinutes` after (see `DisclosureCadence` in Scripting).
    public struct Disclosure: Sendable, Equatable {
        /// The line, a template over `brand` and `host`; nil when the persona has none.
        public var spoken: Template?
        public var everyMinutes: Int

        public init(spoken: Template? = nil, everyMinutes: Int = 30) {
            self.spoken = spoken; self.everyMinutes = everyMinutes
        }
    }
}

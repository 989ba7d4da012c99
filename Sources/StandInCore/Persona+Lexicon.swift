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

        public init(signOff: Template? = nil, catchphrases: [Catchphrase] = [], transitions: [Template] = []) {
            self.signOff = signOff; self.catchphrases = catchphrases; self.transitions = transitions
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

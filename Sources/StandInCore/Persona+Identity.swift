extension Persona {
    /// The real person a persona imitates (face, voice or both) and their recorded consent.
    /// A persona that names one must carry the consent; the loader refuses it otherwise.
    public struct ModelledOn: Sendable, Equatable {
        public var name: String
        public var consent: Consent

        public init(name: String, consent: Consent) { self.name = name; self.consent = consent }
    }

    /// Who agreed, when, and to what use of their likeness and voice.
    public struct Consent: Sendable, Equatable {
        /// The person (or their legal representative) who gave it.
        public var givenBy: String
        /// ISO date the consent was given, `YYYY-MM-DD`.
        public var date: String
        /// What the consent covers.
        public var scope: [ConsentScope]

        public init(givenBy: String, date: String, scope: [ConsentScope]) {
            self.givenBy = givenBy; self.date = date; self.scope = scope
        }
    }

    /// A use a consent covers.
    public enum ConsentScope: String, Sendable, CaseIterable {
        /// Face and appearance (the avatar or sprite art).
        case likeness
        /// The voice.
        case voice
    }
}

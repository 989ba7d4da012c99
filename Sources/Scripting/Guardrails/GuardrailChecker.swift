import StandInCore

/// A persona's guardrails compiled once: checks every line before it is aired.
///
/// ```swift
/// let checker = GuardrailChecker(persona: persona)
/// for violation in checker.check(line) { logger.warning("blocked: \(violation)") }
/// ```
/// Three independent matchers: absolute claims (built-in art. 9 sets plus the brand's `extra`,
/// minus built-in and brand exemptions), the brand's banned words (no exemptions: the brand
/// asked for exactly those), and the keywords of declined advice topics.
public struct GuardrailChecker: Sendable {
    private let claims: PhraseMatcher<GuardrailRule>?
    private let banned: PhraseMatcher<GuardrailRule>
    private let topics: PhraseMatcher<GuardrailRule>
    /// What the host says instead of answering a question on a declined topic.
    public let declineLine: String

    public init(persona: Persona) {
        self.init(persona.guardrails, language: persona.language)
    }

    public init(_ guardrails: Guardrails, language: Persona.Language) {
        let settings = guardrails.absoluteClaims
        claims = settings.enabled ? PhraseMatcher(
            rules: (AbsoluteClaimTerms.rules + settings.extra.map(\.text)).map { ($0, .absoluteClaim) },
            exemptions: AbsoluteClaimTerms.exemptions + settings.exempt.map(\.text)) : nil
        banned = PhraseMatcher(rules: guardrails.banned.map { ($0.text, .banned) }, exemptions: [])
        let decline = guardrails.declineTopics
        topics = PhraseMatcher(rules: decline.topics.flatMap { topic in
            (DeclineTopicKeywords.keywords(topic) + (decline.keywords[topic] ?? []).map(\.text))
                .map { ($0, GuardrailRule.declinedTopic(topic)) }
        }, exemptions: [])
        declineLine = decline.line ?? DeclineTopicKeywords.defaultLine(language)
    }

    /// Every guardrail `line` breaks (checked on its caption text; empty when it may air).
    public func check(_ line: ScriptLine) -> [GuardrailViolation] {
        check(line.text, source: line.origin)
    }

    /// Every guardrail `text` breaks, reported against `source`.
    public func check(_ text: String, source: LineSource) -> [GuardrailViolation] {
        var found: [GuardrailViolation] = []
        let normalized = NormalizedText(text)
        for matcher in [claims, banned, topics].compactMap({ $0 }) {
            for hit in matcher.matches(in: normalized) {
                let violation = GuardrailViolation(rule: hit.payload, phrase: hit.phrase, source: source)
                if !found.contains(violation) { found.append(violation) }
            }
        }
        return found
    }

    /// Literal prices in template or catalog text (see `LiteralPriceDetector`).
    public func literalPrices(in text: String, source: LineSource) -> [GuardrailViolation] {
        LiteralPriceDetector.prices(in: text).map { GuardrailViolation(rule: .literalPrice, phrase: $0, source: source) }
    }

    /// The declined topic a viewer question touches, if any; answer it with `declineLine`.
    public func declinedTopic(in question: String) -> DeclineTopic? {
        topics.matches(in: question).lazy.compactMap { hit -> DeclineTopic? in
            if case .declinedTopic(let topic) = hit.payload { return topic }
            return nil
        }.first
    }
}

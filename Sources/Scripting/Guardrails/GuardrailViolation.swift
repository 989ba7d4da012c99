import StandInCore

/// Which guardrail a line broke.
public enum GuardrailRule: Sendable, Hashable, CustomStringConvertible {
    /// An absolute term under China's Advertising Law art. 9 (or its English counterpart).
    case absoluteClaim
    /// A word the brand banned in `guardrails.banned`.
    case banned
    /// Advice on a topic the host declines (medical, financial, legal).
    case declinedTopic(DeclineTopic)
    /// A price written into a template instead of taken from the catalog.
    case literalPrice

    /// Stable id used in reports and logs: `absolute-claim`, `decline-topic:medical` …
    public var id: String {
        switch self {
        case .absoluteClaim: "absolute-claim"
        case .banned: "banned"
        case .declinedTopic(let topic): "decline-topic:\(topic.rawValue)"
        case .literalPrice: "literal-price"
        }
    }

    public var description: String { id }
}

/// One guardrail hit: the rule, the phrase as written in the line, and where the line came from.
///
/// Renders as `xiaolin.yaml:31: rule 'absolute-claim' phrase '最好' in templates.offer variant 2 for product 'tea-01'`.
public struct GuardrailViolation: Sendable, Hashable, CustomStringConvertible {
    public var rule: GuardrailRule
    public var phrase: String
    public var source: LineSource

    public init(rule: GuardrailRule, phrase: String, source: LineSource) {
        self.rule = rule; self.phrase = phrase; self.source = source
    }

    public var description: String {
        let place = source.location.map { "\($0): " } ?? ""
        return "\(place)rule '\(rule.id)' phrase '\(phrase)' in \(source)"
    }
}

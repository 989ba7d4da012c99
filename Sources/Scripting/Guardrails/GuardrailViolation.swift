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
    /// A disease, health-function or medical-effect claim the product's category may not make
    /// (Advertising Law art. 17, 18, 28; food and cosmetics rules).
    case healthClaim
    /// A special-use cosmetics claim (whitening, sunscreen …) for a product not registered for it.
    case specialUse(SpecialUse)
    /// A promise of results (保证三天见效, "guaranteed to work").
    case resultGuarantee
    /// An endorsement by doctors, experts or state bodies, or an unverifiable "clinically proven".
    case endorsement
    /// A stock count or deadline written as a literal instead of taken from catalog data.
    case scarcity
    /// Belittling competitors' or other sellers' goods (Advertising Law art. 13).
    case disparagement

    /// Stable id used in reports and logs: `absolute-claim`, `decline-topic:medical` …
    public var id: String {
        switch self {
        case .absoluteClaim: "absolute-claim"
        case .banned: "banned"
        case .declinedTopic(let topic): "decline-topic:\(topic.rawValue)"
        case .literalPrice: "literal-price"
        case .healthClaim: "health-claim"
        case .specialUse(let use): "special-use:\(use.rawValue)"
        case .resultGuarantee: "result-guarantee"
        case .endorsement: "endorsement"
        case .scarcity: "scarcity"
        case .disparagement: "disparagement"
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
    /// Why the phrase breaks the rule, and which exemption was considered and why it did not
    /// apply (empty for list rules that need no explanation, such as a banned word).
    public var reason: String

    public init(rule: GuardrailRule, phrase: String, source: LineSource, reason: String = "") {
        self.rule = rule; self.phrase = phrase; self.source = source; self.reason = reason
    }

    public var description: String {
        let place = source.location.map { "\($0): " } ?? ""
        return "\(place)rule '\(rule.id)' phrase '\(phrase)' in \(source)"
    }

    /// `description` followed by the reason, for reports meant for people (`standin check`, validate).
    public var explained: String { reason.isEmpty ? description : description + ": " + reason }

    /// Equal rule and phrase at the same source: the reason does not make a second problem.
    public static func == (a: GuardrailViolation, b: GuardrailViolation) -> Bool {
        a.rule == b.rule && a.phrase == b.phrase && a.source == b.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule); hasher.combine(phrase); hasher.combine(source)
    }
}

/// A claim word found in a line that an exemption cleared, with the reason: what `standin check`
/// shows for a line that passes although it holds 最, 第一 or "best".
public struct ClearedPhrase: Sendable, Hashable, CustomStringConvertible {
    public var rule: GuardrailRule
    /// The claim word as written.
    public var phrase: String
    /// The exempting phrase as written (最近, "best before", 我最喜欢).
    public var exemption: String
    public var reason: String

    public var description: String { "'\(phrase)' cleared by '\(exemption)': \(reason)" }
}

/// What the host must never say, as the brand configures it in the persona's `guardrails:`
/// section. The built-in rule sets (absolute claims, decline-topic keywords) live in
/// `Scripting`; this is only the brand's part: switches, extra words and exemptions.
///
/// ```yaml
/// guardrails:
///   banned: [微商, 代购]
///   competitors: [某某茶庄, Lipton]
///   absolute_claims: { extra: [王者], exempt: [最高峰] }
///   decline_topics: { topics: [medical, financial], keywords: { medical: [降三高] } }
/// ```
public struct Guardrails: Sendable, Equatable {
    /// Words and phrases this brand never airs, each with where it was listed.
    public var banned: [GuardrailPhrase]
    /// Competitors' names: a viewer's question or display name that holds one is not shown
    /// or said (the answer still airs).
    public var competitors: [GuardrailPhrase]
    public var absoluteClaims: AbsoluteClaimSettings
    public var declineTopics: DeclineTopicSettings

    public init(banned: [GuardrailPhrase] = [], absoluteClaims: AbsoluteClaimSettings = AbsoluteClaimSettings(),
                declineTopics: DeclineTopicSettings = DeclineTopicSettings(), competitors: [GuardrailPhrase] = []) {
        self.banned = banned; self.competitors = competitors; self.absoluteClaims = absoluteClaims; self.declineTopics = declineTopics
    }
}

/// A word or phrase from a persona file and the line it was written on.
public struct GuardrailPhrase: Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var source: SourceLocation
    public init(_ text: String, source: SourceLocation) { self.text = text; self.source = source }
    public var description: String { text }
}

/// The brand's changes to the built-in absolute-claim rules (Advertising Law art. 9).
public struct AbsoluteClaimSettings: Sendable, Equatable {
    /// Off only for a persona that never airs ad copy; on by default.
    public var enabled: Bool
    /// Further claim words this brand treats as absolute (e.g. 王者, "unrivalled").
    public var extra: [GuardrailPhrase]
    /// Words that contain a claim word but are not claims for this brand: registered
    /// trademarks, product names, model names (e.g. a tea called 第一泉).
    public var exempt: [GuardrailPhrase]

    public init(enabled: Bool = true, extra: [GuardrailPhrase] = [], exempt: [GuardrailPhrase] = []) {
        self.enabled = enabled; self.extra = extra; self.exempt = exempt
    }
}

/// Advice the host declines to give; each topic maps to a built-in keyword set.
public enum DeclineTopic: String, Sendable, CaseIterable, Hashable, Comparable {
    case medical, financial, legal
    public static func < (a: DeclineTopic, b: DeclineTopic) -> Bool { a.rawValue < b.rawValue }
}

/// Which advice topics the host declines, brand keywords, and what it says instead.
public struct DeclineTopicSettings: Sendable, Equatable {
    /// Topics in force; all three by default.
    public var topics: [DeclineTopic]
    /// Keywords the brand adds to a topic's built-in set.
    public var keywords: [DeclineTopic: [GuardrailPhrase]]
    /// What the host says instead of answering; `nil` uses the built-in line for the language.
    public var line: String?

    public init(topics: [DeclineTopic] = DeclineTopic.allCases, keywords: [DeclineTopic: [GuardrailPhrase]] = [:],
                line: String? = nil) {
        self.topics = topics; self.keywords = keywords; self.line = line
    }
}

import StandInCore

/// A persona's guardrails compiled once: checks every line before it is aired.
///
/// ```swift
/// let checker = GuardrailChecker(persona: persona, catalog: catalog)
/// for violation in checker.check(line) { logger.warning("blocked: \(violation.explained)") }
/// ```
/// Lines are normalised first (`NormalizedText`: width, traditional characters, spaced letters,
/// "No.1" spellings, leetspeak), then matched by word lists (art. 9 terms plus the brand's
/// `extra`, the brand's banned words, declined-topic keywords) and by rule families written as
/// patterns (`ClaimPatterns`: absolute claims, health and special-use claims by product
/// category, promises of results, endorsements, literal scarcity). A hit an exemption by
/// meaning overlaps (`ClaimExemptions`: time, order, purchase limit, preference, usage tip,
/// self-comparison, negation) is cleared, and `review` says which exemption cleared it.
public struct GuardrailChecker: Sendable {
    private let claims: PhraseMatcher<GuardrailRule>?
    private let banned: PhraseMatcher<GuardrailRule>
    private let topics: PhraseMatcher<GuardrailRule>
    /// The brand's `absolute_claims.exempt` words (trademarks, product names): they clear pattern hits too.
    private let brandExempt: PhraseMatcher<String>
    private let patterns: [ClaimPattern]
    /// Category and registrations of each catalog product, by id, for lines whose source names one.
    private let products: [String: ProductClaimContext]
    /// What the host says instead of answering a question on a declined topic.
    public let declineLine: String

    public init(persona: Persona) {
        self.init(persona.guardrails, language: persona.language)
    }

    /// Checks lines of `persona` about the products of `catalog` with each product's category rules.
    public init(persona: Persona, catalog: Catalog?) {
        self.init(persona.guardrails, language: persona.language, catalog: catalog)
    }

    public init(_ guardrails: Guardrails, language: Persona.Language, catalog: Catalog? = nil) {
        let settings = guardrails.absoluteClaims
        claims = settings.enabled ? PhraseMatcher(
            rules: (AbsoluteClaimTerms.rules + settings.extra.map(\.text)).map { ($0, .absoluteClaim) },
            exemptions: AbsoluteClaimTerms.exemptions + settings.exempt.map(\.text)) : nil
        brandExempt = PhraseMatcher(rules: settings.exempt.map { ($0.text, $0.source.description) }, exemptions: [])
        banned = PhraseMatcher(rules: guardrails.banned.map { ($0.text, .banned) }, exemptions: [])
        let decline = guardrails.declineTopics
        topics = PhraseMatcher(rules: decline.topics.flatMap { topic in
            (DeclineTopicKeywords.keywords(topic) + (decline.keywords[topic] ?? []).map(\.text))
                .map { ($0, GuardrailRule.declinedTopic(topic)) }
        }, exemptions: [])
        declineLine = decline.line ?? DeclineTopicKeywords.defaultLine(language)
        // Searched one by one: combined into one alternation, ICU could no longer skip the
        // positions no pattern starts at, and a clean line cost three times as much.
        patterns = (settings.enabled ? ClaimPatterns.absolute : []) + ClaimPatterns.health + ClaimPatterns.outcome + ClaimPatterns.guarantee + ClaimPatterns.scarcity
        products = Dictionary(catalog?.products.map { ($0.id, ProductClaimContext($0)) } ?? [], uniquingKeysWith: { a, _ in a })
    }

    /// Every guardrail `line` breaks (checked on its caption text; empty when it may air).
    public func check(_ line: ScriptLine) -> [GuardrailViolation] {
        check(line.text, source: line.origin)
    }

    /// Every guardrail `text` breaks, reported against `source`; category rules use the product
    /// `source` names when the checker knows the catalog (otherwise every restriction applies).
    public func check(_ text: String, source: LineSource) -> [GuardrailViolation] {
        review(text, source: source).violations
    }

    /// Every guardrail the sentences of one text break, checked one by one and as a whole, so a
    /// claim cut in two by a sentence break ("the No." + "1 brand") is still found.
    public func check(lines: [ScriptLine]) -> [GuardrailViolation] {
        parts(lines).flatMap(\.violations)
    }

    /// `check(lines:)` per line: each line that breaks a rule, then the whole text when it finds
    /// more than its parts. `keep` filters the violations of rendered lines (template scarcity).
    func parts(_ lines: [ScriptLine], keep: (GuardrailViolation) -> Bool = { _ in true })
        -> [(text: String, violations: [GuardrailViolation])] {
        var found: [(text: String, violations: [GuardrailViolation])] = []
        var seen: [GuardrailViolation] = []
        for line in lines {
            let violations = check(line).filter(keep)
            if !violations.isEmpty { found.append((line.text, violations)); seen += violations }
        }
        guard lines.count > 1, let origin = lines.first?.origin else { return found }
        let whole = lines.map(\.text).joined(separator: " ")
        let more = check(whole, source: origin).filter { violation in
            keep(violation) && !seen.contains { $0.rule == violation.rule && ($0.phrase.contains(violation.phrase) || violation.phrase.contains($0.phrase)) }
        }
        if !more.isEmpty { found.append((whole, more)) }
        return found
    }

    /// Every guardrail `text` breaks when it is about a product with `context`.
    public func check(_ text: String, source: LineSource, product context: ProductClaimContext) -> [GuardrailViolation] {
        review(text, source: source, product: context).violations
    }

    /// The category rules that apply to a line from `source`.
    public func context(for source: LineSource) -> ProductClaimContext {
        switch source {
        case .template(_, _, _, let product?): products[product] ?? .unknown
        case .catalog(let product, _, _): products[product] ?? .unknown
        default: .unknown
        }
    }

    /// The decision on `text` with its reasons: what breaks a rule, and what an exemption cleared.
    public func review(_ text: String, source: LineSource, product: ProductClaimContext? = nil) -> GuardrailReview {
        let context = product ?? self.context(for: source)
        let normalized = NormalizedText(text)
        var review = GuardrailReview()
        var taken: [Range<Int>] = []
        let scan = claims?.scan(normalized)
        // Exemptions are matched only once a line has a hit: most lines have none.
        var exemptions: [(ClaimExemption, Range<Int>)]?
        let brand = brandExempt.hits(in: normalized)
        func consider(_ range: Range<Int>, _ rule: GuardrailRule, _ reason: String) {
            // One problem per phrase: a hit overlapping one already reported adds nothing.
            if taken.contains(where: { $0.overlaps(range) }) { return }
            // A built-in or brand exemption word (国家级非物质文化遗产, "step number one") clears pattern hits inside it too.
            if rule == .absoluteClaim, let word = scan?.exempt.first(where: { Self.clears($0, range, in: normalized) }) {
                review.add(ClearedPhrase(rule: rule, phrase: normalized.original(range), exemption: normalized.original(word),
                                         reason: "a built-in or brand exemption word, not a ranking"))
                return
            }
            if exemptions == nil {
                exemptions = ClaimExemptions.all.flatMap { exemption in
                    normalized.matches(of: exemption.expression).map { (exemption, $0) }
                }
            }
            if let (exemption, cleared) = exemptions!.first(where: { $0.0.clears(rule) && Self.clears($0.1, range, in: normalized) }) {
                review.add(ClearedPhrase(rule: rule, phrase: normalized.original(range), exemption: normalized.original(cleared),
                                         reason: exemption.reason))
                return
            }
            let brandMayClear = switch rule { case .banned, .declinedTopic: false; default: true }
            if brandMayClear, let hit = brand.first(where: { Self.clears($0.range, range, in: normalized) }) {
                review.add(ClearedPhrase(rule: rule, phrase: normalized.original(range), exemption: normalized.original(hit.range),
                                         reason: "the brand's own exemption (guardrails.absolute_claims.exempt at \(hit.payload))"))
                return
            }
            taken.append(range)
            review.add(GuardrailViolation(rule: rule, phrase: normalized.original(range), source: source, reason: reason))
        }
        if let scan {
            for hit in scan.hits { consider(hit.range, hit.payload, Self.listReason) }
            for range in scan.exempt where normalized.scalars[range].contains(where: { Self.claimMarks.contains($0) }) {
                let word = normalized.original(range)
                let own = brand.contains { $0.range == range }
                review.add(ClearedPhrase(rule: .absoluteClaim, phrase: word, exemption: word,
                                         reason: own ? "the brand's own exemption (guardrails.absolute_claims.exempt)"
                                                     : "a built-in exemption word: a time, order, usage tip or composition, not a ranking"))
            }
        }
        for hit in banned.hits(in: normalized) { consider(hit.range, hit.payload, "the brand banned this word (guardrails.banned)") }
        for hit in topics.hits(in: normalized) {
            consider(hit.range, hit.payload, "advice on a topic this persona declines (guardrails.decline_topics)")
        }
        for pattern in patterns where pattern.mayMatch(normalized) && pattern.applies(context) {
            for range in normalized.matches(of: pattern.expression) { consider(range, pattern.rule, pattern.reason + " [\(pattern.id)]") }
        }
        return review
    }

    private static let listReason = "an absolute term (Advertising Law art. 9(3)); no exemption by meaning (time, order, limit, preference, self-comparison) covers it"
    private static let claimMarks: Set<Unicode.Scalar> = ["最", "第", "唯", "首", "史", "b", "1", "国", "百", "绝"]

    /// An exemption clears a hit it covers, leaving at most an article or possessive outside it
    /// ("the best-before date": "the" is left), so 最新款 does not clear the 全网 of 全网最.
    static func clears(_ exemption: Range<Int>, _ hit: Range<Int>, in text: NormalizedText) -> Bool {
        guard exemption.overlaps(hit) else { return false }
        var rest = String.UnicodeScalarView()
        for index in hit where !exemption.contains(index) { rest.append(text.scalars[index]) }
        let left = String(rest).trimmingCharacters(in: .whitespaces)
        return ["", "the", "our", "my", "this", "a", "an", "its"].contains(left)
    }

    /// Literal prices in template or catalog text (see `LiteralPriceDetector`).
    public func literalPrices(in text: String, source: LineSource) -> [GuardrailViolation] {
        LiteralPriceDetector.prices(in: text).map { GuardrailViolation(rule: .literalPrice, phrase: $0, source: source) }
    }

    /// Stock counts and deadlines written into a template's own words (fields blanked, so
    /// `仅剩{{stock}}件` passes and `仅剩3件` does not).
    public func literalScarcity(in template: String, source: LineSource) -> [GuardrailViolation] {
        Self.literalScarcity(in: template).map { GuardrailViolation(rule: .scarcity, phrase: $0.phrase, source: source, reason: $0.reason) }
    }

    static func literalScarcity(in template: String) -> [(phrase: String, reason: String)] {
        let words = template.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
        let normalized = NormalizedText(words)
        return ClaimPatterns.scarcity.flatMap { pattern in
            normalized.matches(of: pattern.expression).map { (normalized.original($0), pattern.reason + " [\(pattern.id)]") }
        }
    }

    /// The declined topic a viewer question touches, if any; answer it with `declineLine`.
    public func declinedTopic(in question: String) -> DeclineTopic? {
        topics.matches(in: question).lazy.compactMap { hit -> DeclineTopic? in
            if case .declinedTopic(let topic) = hit.payload { return topic }
            return nil
        }.first
    }
}

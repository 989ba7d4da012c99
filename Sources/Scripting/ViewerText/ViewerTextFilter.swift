import StandInCore

/// Why a viewer's text (or display name) is not shown or said on air.
public struct ViewerTextProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// An insult, curse or slur (`AbuseFilter`).
        case abuse
        /// A phone number, messaging id, URL, e-mail or "add me" (`ContactDetector`).
        case contact
        /// A competitor the persona names in `guardrails.competitors`.
        case competitor
        /// An absolute claim or a banned word (the persona's guardrails).
        case guardrail
        /// A display name that poses as staff ("官方客服", "system").
        case impersonation
    }

    public var kind: Kind
    /// The matched form (folded), for the log.
    public var phrase: String

    public init(_ kind: Kind, _ phrase: String) { self.kind = kind; self.phrase = phrase }

    /// `contact 'vx:abc123'`
    public var description: String { "\(kind.rawValue) '\(phrase)'" }
}

/// Decides whether a viewer's question or display name may be shown and said on air.
///
/// ```swift
/// let filter = ViewerTextFilter(persona: persona, guardrails: GuardrailChecker(persona: persona))
/// filter.problems(in: "加我vx：abc123")   // [contact …]
/// filter.nameProblems("官方客服")          // [impersonation '官方']
/// ```
/// Text passes when the guardrails (absolute claims, banned words; a declined topic is fine in
/// a question), the abuse filter, the contact detector and the competitor list all find
/// nothing. Everything is matched on folded text (`FoldedViewerText`), so width, case,
/// traditional characters and separators do not hide a word.
public struct ViewerTextFilter: Sendable {
    private let guardrails: GuardrailChecker
    private let abuse = AbuseFilter()
    /// Competitor names folded: Han names and long Latin ones match anywhere in the compact
    /// text; Latin names of three letters or fewer only as whole words.
    private let competitors: [(compact: String, wholeWord: Bool)]

    public init(persona: Persona, guardrails: GuardrailChecker) {
        self.guardrails = guardrails
        // ICU's transliterators take ~0.1 s to open the first time: pay it here, not on the first question.
        _ = FoldedViewerText("預熱")
        competitors = persona.guardrails.competitors.compactMap { name in
            let compact = FoldedViewerText(name.text).compact
            guard !compact.isEmpty else { return nil }
            return (compact, compact.count <= 3 && compact.allSatisfy { $0.isASCII })
        }
    }

    /// Everything that keeps `text` off air (empty: it may be shown and said).
    public func problems(in text: String) -> [ViewerTextProblem] {
        let folded = FoldedViewerText(text)
        var found = guardrails.check(text, source: .operatorText).compactMap { violation -> ViewerTextProblem? in
            if case .declinedTopic = violation.rule { return nil }
            return ViewerTextProblem(.guardrail, "\(violation.rule.id) \(violation.phrase)")
        }
        found += abuse.abuse(in: folded).map { ViewerTextProblem(.abuse, $0) }
        found += ContactDetector.contacts(in: folded).map { ViewerTextProblem(.contact, $0) }
        for competitor in competitors {
            let named = competitor.wholeWord ? folded.words.contains(competitor.compact) : folded.compact.contains(competitor.compact)
            if named { found.append(ViewerTextProblem(.competitor, competitor.compact)) }
        }
        var unique: [ViewerTextProblem] = []
        for problem in found where !unique.contains(problem) { unique.append(problem) }
        return unique
    }

    /// What keeps a display name off air: the checks above, and posing as staff.
    public func nameProblems(_ name: String) -> [ViewerTextProblem] {
        let folded = FoldedViewerText(name)
        let staff = ViewerNames.staffWords.filter { word in
            word.allSatisfy(\.isASCII)
                ? folded.words.contains { $0 == word || (word.count >= 5 && $0.hasPrefix(word)) } : folded.compact.contains(word)
        }
        return problems(in: name) + staff.map { ViewerTextProblem(.impersonation, $0) }
    }
}

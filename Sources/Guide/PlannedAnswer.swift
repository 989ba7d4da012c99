import Scripting
import StandInCore

/// What the host says back to a viewer's question, ready to air at the next sentence boundary.
public struct PlannedAnswer: Sendable, Equatable {
    /// Which kind of reply was chosen.
    public enum Kind: Sendable, Equatable {
        /// The FAQ entry that answers it.
        case faq(FAQIndex.Match)
        /// No entry answers it well enough (or the one that did was blocked): the check-later line.
        case checkLater
        /// Medical, financial or legal: the decline line.
        case declined(DeclineTopic)
        /// Not an answer: a reaction line (`ViewerReaction.kind`: gift, follow, milestone, welcome).
        case reaction(String)
    }

    public var kind: Kind
    /// The reply, one line per sentence, each already through the guardrails; the last ends
    /// the segment. Empty only when even the persona's own fallback line is blocked.
    public var lines: [ScriptLine]
    /// Caption showing the question while it is answered (小明问：… / "Mia asks: …"); nil when
    /// the viewer's text may not be shown (see `withheld`).
    public var questionCaption: String?
    /// Everything the guardrails stopped on the way, for the log: a FAQ answer not aired, a
    /// name that could not be said, a question caption not shown.
    public var blocked: [GuardrailViolation]
    /// Why the question text or a display name was kept off air (abuse, contact details, a
    /// competitor, a guardrail, a name posing as staff); empty when everything was shown.
    public var withheld: [ViewerTextProblem]
    /// The language of the reply: the viewer's when the persona speaks it.
    public var language: Persona.Language

    public init(kind: Kind, lines: [ScriptLine], questionCaption: String?, blocked: [GuardrailViolation] = [],
                withheld: [ViewerTextProblem] = [], language: Persona.Language = .zh) {
        self.kind = kind; self.lines = lines; self.questionCaption = questionCaption; self.blocked = blocked
        self.withheld = withheld; self.language = language
    }

    /// The reply as one caption text.
    public var text: String { lines.map(\.text).joined(separator: " ") }
}

import StandInCore
import Scripting

/// Plans the host's reply to a viewer's question: decline, answer from the FAQ, or check later.
///
/// ```swift
/// let answerer = QuestionAnswerer(builder: builder, index: FAQIndex(catalog: catalog))
/// let reply = answerer.answer(question, productOnAir: "tea-01")
/// for violation in reply.blocked { logger.warning("blocked: \(violation)") }
/// ```
/// Order of checks: a question on a declined topic gets the decline line whatever the FAQ
/// holds; else a confident FAQ match (any product: see `FAQIndex`) is said as "@name，<answer>";
/// else the check-later line. The decline and check-later lines come in the viewer's language
/// when the persona speaks it (`ViewerLanguage`). Every reply passes the guardrails: a blocked
/// answer falls back to the check-later line, a blocked "@name" is left out, and both are
/// reported in `blocked`. The question is shown, and a name said, only when it passes
/// `ViewerTextFilter` (guardrails, abuse, contact details, competitors); otherwise the reply
/// airs without it and `withheld` says why.
public struct QuestionAnswerer: Sendable {
    public let builder: ScriptBuilder
    public let index: FAQIndex
    public let viewerText: ViewerTextFilter
    /// The decline line per language the persona speaks.
    let declineLines: [Persona.Language: String]
    public var persona: Persona { builder.persona }

    public init(builder: ScriptBuilder, index: FAQIndex) {
        self.builder = builder; self.index = index
        viewerText = ViewerTextFilter(persona: builder.persona, guardrails: builder.guardrails)
        declineLines = Self.declineLines(builder.persona, main: builder.guardrails.declineLine)
    }

    /// The reply to one question.
    public func answer(_ question: ViewerQuestion, productOnAir: String?) -> PlannedAnswer {
        answer(text: question.text, names: [question.viewerName], productOnAir: productOnAir)
    }

    /// The reply to a queue entry, addressed to everyone who asked it.
    public func answer(_ entry: QuestionQueue.Entry, productOnAir: String?) -> PlannedAnswer {
        if let reaction = entry.question.reaction { return react(reaction, names: entry.viewerNames) }
        return answer(text: entry.question.text, names: entry.viewerNames, productOnAir: productOnAir)
    }

    func answer(text: String, names: [String], productOnAir: String?) -> PlannedAnswer {
        var blocked: [GuardrailViolation] = []
        var withheld: [ViewerTextProblem] = []
        let language = ViewerLanguage.reply(to: text, persona: persona)
        let shownNames = names.filter { name in
            let problems = viewerText.nameProblems(name)
            withheld += problems.map { ViewerTextProblem($0.kind, "name: \($0.phrase)") }
            return problems.isEmpty
        }
        let textProblems = viewerText.problems(in: text)
        withheld += textProblems
        let caption = textProblems.isEmpty
            ? questionCaption(text: text, names: shownNames, language: language, blocked: &blocked) : nil
        let (kind, lines) = reply(text: text, names: shownNames, language: language, productOnAir: productOnAir, blocked: &blocked)
        return PlannedAnswer(kind: kind, lines: lines, questionCaption: caption, blocked: blocked, withheld: withheld,
                             language: language)
    }

    /// Decline, FAQ answer or check-later, addressed to `names`.
    private func reply(text: String, names: [String], language: Persona.Language, productOnAir: String?,
                       blocked: inout [GuardrailViolation]) -> (PlannedAnswer.Kind, [ScriptLine]) {
        let guardrails = builder.guardrails
        if let topic = guardrails.declinedTopic(in: text) {
            let line = declineLines[language] ?? guardrails.declineLine
            return (.declined(topic), addressed(line, names: names, language: language, origin: Self.declineSource(persona),
                                                blocked: &blocked))
        }
        if let match = index.best(question: text, productOnAir: productOnAir),
           let product = builder.catalog.product(id: match.productID) {
            let origin = LineSource.catalog(product: product.id, field: "faq[\(match.entryIndex)].a", location: match.entry.answerSource)
            let answerLanguage = ViewerLanguage.detect(match.entry.answer) ?? language
            let line = address(names, language: answerLanguage) + match.entry.answer
            let problems = guardrails.check(line, source: origin) + guardrails.literalPrices(in: match.entry.answer, source: origin)
            if problems.isEmpty { return (.faq(match), lines(line, origin: origin)) }
            blocked += problems
        }
        return (.checkLater, addressed(checkLaterLine(language), names: names, language: language,
                                       origin: Self.checkLaterSource(persona), blocked: &blocked))
    }

    /// `text` addressed to `names`; without the names when they break a guardrail; empty when
    /// `text` itself does (a persona error `persona validate` reports).
    private func addressed(_ text: String, names: [String], language: Persona.Language, origin: LineSource,
                           blocked: inout [GuardrailViolation]) -> [ScriptLine] {
        for candidate in [address(names, language: language) + text, text] {
            let problems = builder.guardrails.check(candidate, source: origin)
            if problems.isEmpty { return lines(candidate, origin: origin) }
            blocked += problems.filter { !blocked.contains($0) }
        }
        return []
    }
}

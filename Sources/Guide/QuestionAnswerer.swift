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
/// holds; else a confident FAQ match is said as "@name，<answer>"; else the persona's
/// check-later line. Every reply passes the guardrails: a blocked answer falls back to the
/// check-later line, a blocked "@name" is left out, and both are reported in `blocked`.
public struct QuestionAnswerer: Sendable {
    public let builder: ScriptBuilder
    public let index: FAQIndex
    public var persona: Persona { builder.persona }

    public init(builder: ScriptBuilder, index: FAQIndex) {
        self.builder = builder; self.index = index
    }

    /// The reply to one question.
    public func answer(_ question: ViewerQuestion, productOnAir: String?) -> PlannedAnswer {
        answer(text: question.text, names: [question.viewerName], productOnAir: productOnAir)
    }

    /// The reply to a queue entry, addressed to everyone who asked it.
    public func answer(_ entry: QuestionQueue.Entry, productOnAir: String?) -> PlannedAnswer {
        answer(text: entry.question.text, names: entry.viewerNames, productOnAir: productOnAir)
    }

    func answer(text: String, names: [String], productOnAir: String?) -> PlannedAnswer {
        var blocked: [GuardrailViolation] = []
        let caption = questionCaption(text: text, names: names, blocked: &blocked)
        let guardrails = builder.guardrails
        if let topic = guardrails.declinedTopic(in: text) {
            let lines = addressed(guardrails.declineLine, names: names, origin: Self.declineSource(persona), blocked: &blocked)
            return PlannedAnswer(kind: .declined(topic), lines: lines, questionCaption: caption, blocked: blocked)
        }
        if let match = index.best(question: text, productOnAir: productOnAir),
           let product = builder.catalog.product(id: match.productID) {
            let origin = LineSource.catalog(product: product.id, field: "faq[\(match.entryIndex)].a", location: match.entry.answerSource)
            let line = address(names) + match.entry.answer
            let problems = guardrails.check(line, source: origin) + guardrails.literalPrices(in: match.entry.answer, source: origin)
            if problems.isEmpty {
                return PlannedAnswer(kind: .faq(match), lines: lines(line, origin: origin), questionCaption: caption, blocked: blocked)
            }
            blocked += problems
        }
        let lines = addressed(persona.checkLaterLine, names: names, origin: Self.checkLaterSource(persona), blocked: &blocked)
        return PlannedAnswer(kind: .checkLater, lines: lines, questionCaption: caption, blocked: blocked)
    }

    /// `text` addressed to `names`; without the names when they break a guardrail; empty when
    /// `text` itself does (a persona error `persona validate` reports).
    private func addressed(_ text: String, names: [String], origin: LineSource, blocked: inout [GuardrailViolation]) -> [ScriptLine] {
        for candidate in [address(names) + text, text] {
            let problems = builder.guardrails.check(candidate, source: origin)
            if problems.isEmpty { return lines(candidate, origin: origin) }
            blocked += problems.filter { !blocked.contains($0) }
        }
        return []
    }
}

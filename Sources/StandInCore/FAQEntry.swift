/// One question a viewer may ask about a product, and the answer the host may air.
///
/// ```yaml
/// faq:
///   - q: 这个茶能放多久？
///     a: 密封铁罐装，阴凉干燥处能放十八个月。
/// ```
/// The answer is aired as written (after the guardrails), so it follows the same rules as a
/// selling point: no absolute claims, no advice on declined topics, no written prices.
public struct FAQEntry: Sendable, Equatable {
    /// The question as the brand phrases it; retrieval matches viewers' questions against it.
    public var question: String
    /// What the host says back.
    public var answer: String
    /// Where the entry (its `q:`) is written.
    public var source: SourceLocation
    /// Where the answer is written, for guardrail reports.
    public var answerSource: SourceLocation

    public init(question: String, answer: String, source: SourceLocation, answerSource: SourceLocation? = nil) {
        self.question = question; self.answer = answer; self.source = source
        self.answerSource = answerSource ?? source
    }
}

extension Catalog {
    /// Reads `faq: [{q: …, a: …}]` of one product; both fields required, nothing else allowed.
    static func loadFAQ(_ fields: YAMLMapping) throws -> [FAQEntry] {
        guard let node = fields.value("faq") else { return [] }
        guard let items = node.sequence else { throw fields.error("faq", "must be a list of {q: …, a: …}", at: node) }
        return try items.enumerated().map { index, item in
            let entry = try YAMLMapping(item, file: fields.file, context: fields.context, fieldPrefix: "faq[\(index)].",
                                        what: "faq[\(index)]")
            let question = try entry.string("q")
            let answer = try entry.string("a")
            let faq = FAQEntry(question: question, answer: answer,
                               source: SourceLocation(file: fields.file, line: entry.value("q")?.mark?.line ?? item.mark?.line),
                               answerSource: SourceLocation(file: fields.file, line: entry.value("a")?.mark?.line ?? item.mark?.line))
            try entry.finish()
            return faq
        }
    }
}

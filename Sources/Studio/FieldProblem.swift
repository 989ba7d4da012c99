/// One problem with a persona, placed beside the editor field it belongs to.
public struct FieldProblem: Sendable, Equatable, Codable {
    /// The editor key (`greeting`, `templates.offer`, `voice.rate`), or `general`.
    public var field: String
    /// The guardrail rule (`banned`, `absolute-claim` …), when it is a guardrail problem.
    public var rule: String?
    /// The phrase the rule caught.
    public var phrase: String?
    /// The whole message, as `standin persona validate` prints it (without the temporary file name).
    public var message: String

    public init(field: String, rule: String? = nil, phrase: String? = nil, message: String) {
        self.field = field; self.rule = rule; self.phrase = phrase; self.message = message
    }
}

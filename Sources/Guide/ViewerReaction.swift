import Scripting
import StandInCore

/// A persona line reacting to viewers (thanks for a gift or a follow, a viewer-count
/// milestone, a welcome), queued like a question and said at a sentence boundary.
///
/// `template` is plain text with `{name}` (the viewers' names, or a neutral "有观众"/"a viewer"
/// when none may be said) and the `fields` (`{gift}`, `{count}`, `{viewers}`): substituted as
/// plain text, never parsed again, so nothing a viewer typed is read as markup.
public struct ViewerReaction: Sendable, Equatable {
    /// `gift`, `follow`, `milestone` or `welcome`.
    public var kind: String
    public var template: String
    public var fields: [String: String]

    public init(kind: String, template: String, fields: [String: String] = [:]) {
        self.kind = kind; self.template = template; self.fields = fields
    }

    /// The line with `names` (already checked) and the fields put in.
    public func line(names: String) -> String {
        var text = template.replacingOccurrences(of: "{name}", with: names)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            text = text.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return text
    }
}

extension QuestionAnswerer {
    /// The reaction line: names (and gift names) the viewer-text filter refuses are replaced
    /// by the neutral label; the line passes the guardrails, or nothing airs.
    func react(_ reaction: ViewerReaction, names: [String]) -> PlannedAnswer {
        var withheld: [ViewerTextProblem] = []
        let language = persona.language
        let shown = names.filter { !$0.isEmpty }.filter { name in
            let problems = viewerText.nameProblems(name)
            withheld += problems.map { ViewerTextProblem($0.kind, "name: \($0.phrase)") }
            return problems.isEmpty
        }.prefix(3)
        var checked = reaction
        for (key, value) in reaction.fields {
            let problems = viewerText.problems(in: value)
            withheld += problems
            if !problems.isEmpty { checked.fields[key] = language == .zh ? "礼物" : "a gift" }
        }
        let separator = language == .zh ? "、" : ", "
        let neutral = ViewerNames.neutralLabel(language)
        let origin = LineSource.template(field: "comments.reactions.\(reaction.kind)", variant: 1,
                                         location: SourceLocation(file: persona.file, line: nil), product: nil)
        var blocked: [GuardrailViolation] = []
        for names in [shown.isEmpty ? neutral : shown.joined(separator: separator), neutral] {
            let line = checked.line(names: names)
            let problems = builder.guardrails.check(line, source: origin)
            if problems.isEmpty {
                return PlannedAnswer(kind: .reaction(reaction.kind), lines: lines(line, origin: origin), questionCaption: nil,
                                     blocked: blocked, withheld: withheld, language: language)
            }
            blocked += problems.filter { !blocked.contains($0) }
        }
        return PlannedAnswer(kind: .reaction(reaction.kind), lines: [], questionCaption: nil, blocked: blocked,
                             withheld: withheld, language: language)
    }
}

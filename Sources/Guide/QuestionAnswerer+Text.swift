import Foundation
import StandInCore
import Scripting

/// The words around an answer: "@name，", the question caption, sentences as `ScriptLine`s.
extension QuestionAnswerer {
    /// "@小明，" / "@Mia, "; several askers as "@小明 @小红，".
    func address(_ names: [String]) -> String {
        let tags = names.map { "@" + $0 }.joined(separator: " ")
        guard !tags.isEmpty else { return "" }
        return persona.language == .zh ? tags + "，" : tags + ", "
    }

    /// 小明问：这个茶能放多久？ / "Mia asks: how long does the tea keep?" (several: 小明等3人问 /
    /// "Mia and 2 others ask"). Decline-topic words are allowed (a question is not advice); an
    /// absolute claim or a banned word keeps the caption off screen.
    func questionCaption(text: String, names: [String], blocked: inout [GuardrailViolation]) -> String? {
        let first = names.first ?? ""
        let caption: String
        switch persona.language {
        case .zh: caption = (names.count > 1 ? "\(first)等\(names.count)人问：" : "\(first)问：") + text
        case .en:
            let others = names.count - 1
            caption = (others > 0 ? "\(first) and \(others) other\(others == 1 ? "" : "s") ask: " : "\(first) asks: ") + text
        }
        let problems = builder.guardrails.check(caption, source: .operatorText).filter {
            if case .declinedTopic = $0.rule { return false }
            return true
        }
        blocked += problems
        return problems.isEmpty ? caption : nil
    }

    /// One line per sentence, kind `questions`; "@" is captioned but not spoken.
    func lines(_ text: String, origin: LineSource) -> [ScriptLine] {
        let sentences = SentenceSplitter.split(text)
        let source = origin.location ?? SourceLocation(file: persona.file, line: nil)
        return sentences.enumerated().map { index, sentence in
            ScriptLine(kind: .questions, text: sentence,
                       spoken: builder.pronunciations.apply(sentence.replacingOccurrences(of: "@", with: "")),
                       source: source, endsSegment: index == sentences.count - 1, origin: origin)
        }
    }

    static func checkLaterSource(_ persona: Persona) -> LineSource {
        .template(field: "check_later", variant: 1,
                  location: persona.lexicon.checkLater?.source ?? SourceLocation(file: persona.file, line: nil), product: nil)
    }

    static func declineSource(_ persona: Persona) -> LineSource {
        .template(field: "guardrails.decline_topics.line", variant: 1, location: SourceLocation(file: persona.file, line: nil),
                  product: nil)
    }
}

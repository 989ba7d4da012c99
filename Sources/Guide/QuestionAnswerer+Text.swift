import Foundation
import StandInCore
import Scripting

/// The words around an answer: "@name，", the question caption, sentences as `ScriptLine`s.
extension QuestionAnswerer {
    /// "@小明，" / "@Mia, "; several askers as "@小明 @小红，"; nothing without a name to say.
    func address(_ names: [String], language: Persona.Language) -> String {
        let tags = names.map { "@" + $0 }.joined(separator: " ")
        guard !tags.isEmpty else { return "" }
        return language == .zh ? tags + "，" : tags + ", "
    }

    /// 小明问：这个茶能放多久？ / "Mia asks: how long does the tea keep?" (several: 小明等3人问 /
    /// "Mia and 2 others ask"; no name that may be shown: 有观众问 / "A viewer asks"). Decline-topic
    /// words are allowed (a question is not advice); an absolute claim or a banned word keeps
    /// the caption off screen.
    func questionCaption(text: String, names: [String], language: Persona.Language,
                         blocked: inout [GuardrailViolation]) -> String? {
        let caption: String
        switch (language, names.first) {
        case (.zh, let first?): caption = (names.count > 1 ? "\(first)等\(names.count)人问：" : "\(first)问：") + text
        case (.zh, nil): caption = ViewerNames.neutralLabel(.zh) + "问：" + text
        case (.en, let first?):
            let others = names.count - 1
            caption = (others > 0 ? "\(first) and \(others) other\(others == 1 ? "" : "s") ask: " : "\(first) asks: ") + text
        case (.en, nil): caption = "A viewer asks: " + text
        }
        let problems = builder.guardrails.check(caption, source: .operatorText).filter {
            if case .declinedTopic = $0.rule { return false }
            return true
        }
        blocked += problems
        return problems.isEmpty ? caption : nil
    }

    /// The check-later line in `language`: the persona's own when written in it, else the default.
    func checkLaterLine(_ language: Persona.Language) -> String {
        if language == persona.language { return persona.checkLaterLine }
        if let own = persona.lexicon.checkLater?.text, ViewerLanguage.detect(own) == language { return own }
        return Persona.defaultCheckLater(language)
    }

    /// The decline line for each language the persona speaks: the persona's own line in its
    /// language (or a language it is written in), else the built-in line.
    static func declineLines(_ persona: Persona, main: String) -> [Persona.Language: String] {
        var lines: [Persona.Language: String] = [persona.language: main]
        var builtIn = persona.guardrails
        builtIn.declineTopics.line = nil
        for language in persona.languages where language != persona.language {
            let own = persona.guardrails.declineTopics.line.flatMap { ViewerLanguage.detect($0) == language ? $0 : nil }
            lines[language] = own ?? GuardrailChecker(builtIn, language: language).declineLine
        }
        return lines
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

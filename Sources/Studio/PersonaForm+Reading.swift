import Foundation
import StandInCore
import Yams

extension PersonaForm {
    /// The fields of a persona file's text. Only the shape matters here; whether the values
    /// are valid is the loader's business (a draft may be anything the form can hold). The
    /// text is read with the same bounds as a persona file (`YAMLGuard`); `file` names it in errors.
    public init(yaml: String, file: String = "persona") throws {
        self.init()
        let text = try YAMLGuard.text(of: Data(yaml.utf8), file: file)
        guard let root = try YAMLGuard.compose(text, file: file), case .mapping(let mapping) = root else { return }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            read(value, at: key)
        }
    }

    private mutating func read(_ node: Node, at path: String) {
        switch (path, node) {
        case ("languages", _):
            fields["language"] = node.sequence.map { $0.compactMap(\.string).joined(separator: ", ") } ?? node.string
        case ("disclosure.label", _):
            fields["ai_label"] = node.string
        case ("voice.pronunciations", .mapping(let pairs)):
            fields[path] = pairs.compactMap { key, value in
                guard let written = key.string, let spoken = value.string else { return nil }
                return "\(written) = \(spoken)"
            }.joined(separator: "\n")
        case ("guardrails.decline_topics.topics", .sequence(let items)) where items.isEmpty:
            fields[path] = PersonaForm.noTopics
        case ("catchphrases", .sequence(let items)):
            fields[path] = items.compactMap(Self.catchphraseLine).joined(separator: "\n")
        case (_, .mapping(let pairs)):
            for (key, value) in pairs { if let key = key.string { read(value, at: "\(path).\(key)") } }
        case (_, .sequence(let items)):
            let separator = path.hasSuffix(".scope") || path.hasSuffix(".topics") ? ", " : "\n"
            fields[path] = items.compactMap(\.string).joined(separator: separator)
        case (_, .scalar(let scalar)):
            fields[path] = scalar.string
        default:
            break
        }
    }

    /// `text | minutes`; the minutes are written out when the text has a `|` of its own, so
    /// the line cannot be misread.
    private static func catchphraseLine(_ item: Node) -> String? {
        guard let text = item.string ?? item["text"]?.string else { return nil }
        let minutes = item["at_most_every_minutes"]?.string ?? (text.contains("|") ? "15" : nil)
        return minutes.map { "\(text) | \($0)" } ?? text
    }
}

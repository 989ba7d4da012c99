import Foundation

/// The editor's fields, flat: key → text, as the page's form posts them.
///
/// Keys follow the YAML paths (`voice.rate`, `templates.offer`, `guardrails.banned`); list
/// fields hold one item per line, pronunciations `written = spoken` per line, catchphrases
/// `text | minutes` per line (the minutes are optional). `PersonaForm(yaml:)` reads a persona
/// file into fields and `yaml()` writes the fields back as a persona file.
public struct PersonaForm: Sendable, Equatable {
    public var fields: [String: String]

    public init(fields: [String: String] = [:]) { self.fields = fields }

    public subscript(key: String) -> String {
        get { fields[key] ?? "" }
        set { fields[key] = newValue }
    }

    /// Every key the editor shows, by section, in page order.
    public static let sections: [(title: String, keys: [String])] = [
        ("Identity", ["display_name", "brand", "bio", "language", "ai_label", "modelled_on.name",
                      "modelled_on.consent.given_by", "modelled_on.consent.date", "modelled_on.consent.scope"]),
        ("Voice", ["voice.espeak", "voice.rate", "voice.pitch", "voice.pitch_range", "voice.volume",
                   "voice.pause_after_sentence_ms", "voice.pause_between_segments_ms"]),
        ("Look", ["look.background", "look.accent", "look.label_position", "look.skin", "look.hair", "look.eyes",
                  "look.mouth", "look.outfit", "look.hair_style", "look.face_shape", "look.outfit_style", "look.sprite_pack"]),
        ("Lexicon", ["greeting", "catchphrases", "transitions", "sign_off", "check_later", "disclosure.spoken",
                     "disclosure.every_minutes"] + PersonaForm.templateKeys),
        ("Pronunciations", ["voice.pronunciations"]),
        ("Guardrails", ["guardrails.banned", "guardrails.competitors", "guardrails.absolute_claims.enabled", "guardrails.absolute_claims.extra",
                        "guardrails.absolute_claims.exempt", "guardrails.decline_topics.topics",
                        "guardrails.decline_topics.line"] + PersonaForm.keywordKeys),
    ]

    /// What the declined-topics field says for `topics: []` (decline none); empty means the
    /// default, all three.
    static let noTopics = "none"

    static let templateKeys = ["intro", "selling_point", "offer", "questions", "call_to_action"].map { "templates.\($0)" }
    static let keywordKeys = ["medical", "financial", "legal"].map { "guardrails.decline_topics.keywords.\($0)" }
    public static let allKeys: [String] = ["id"] + sections.flatMap(\.keys)

    /// The editor key a loader or validator field belongs to: `catchphrases[0].text` →
    /// `catchphrases`, `voice.pronunciations.茶舍` → `voice.pronunciations`, `disclosure.label`
    /// → `ai_label`; nil when no field shows it.
    public static func key(forField field: String) -> String? {
        var path = field
        if let bracket = path.firstIndex(of: "[") { path = String(path[..<bracket]) }
        switch path {
        case "disclosure.label": return "ai_label"
        case "languages": return "language"
        case "version": return nil
        default: break
        }
        return allKeys.filter { path == $0 || path.hasPrefix($0 + ".") }.max { $0.count < $1.count }
    }

    /// One item per non-empty line, trimmed.
    func lines(_ key: String) -> [String] {
        self[key].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Items separated by commas or lines, trimmed.
    func items(_ key: String) -> [String] {
        self[key].split { $0 == "," || $0 == "，" || $0.isNewline }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The trimmed text, or nil when empty.
    func text(_ key: String) -> String? {
        let value = self[key].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}

import Yams

/// Reading the host's words beyond segment templates: sign-off, catchphrases, transitions,
/// pronunciations (under `voice`), and the spoken disclosure.
extension Persona {
    static func loadLexicon(_ root: YAMLMapping) throws -> Lexicon {
        Lexicon(
            signOff: try root.optionalTemplate("sign_off"),
            catchphrases: try root.items("catchphrases", mapping: { fields in
                Catchphrase(template: try fields.requiredTemplate("text"),
                            atMostEveryMinutes: try fields.int("at_most_every_minutes", in: 1...1_440, default: 15))
            }, text: { text, source in
                Catchphrase(template: Template(text: text, source: source), atMostEveryMinutes: 15)
            }),
            transitions: try root.templateList("transitions"),
            checkLater: try loadCheckLater(root))
    }

    /// `check_later:` plain text (no template fields: it is said between two segments).
    private static func loadCheckLater(_ root: YAMLMapping) throws -> GuardrailPhrase? {
        guard let text = try root.optionalString("check_later") else { return nil }
        if text.allSatisfy(\.isWhitespace) { throw root.error("check_later", "must not be empty") }
        if text.contains("{{") { throw root.error("check_later", "must be plain text, not a template") }
        return GuardrailPhrase(text, source: SourceLocation(file: root.file, line: root.value("check_later")?.mark?.line))
    }

    /// `voice.pronunciations: {written: spoken, …}`, in file order.
    static func loadPronunciations(_ root: YAMLMapping) throws -> [Pronunciation] {
        guard let node = root.value("pronunciations") else { return [] }
        guard let mapping = node.mapping else {
            throw root.error("pronunciations", "must map written names to how to say them, e.g. \"茶舍\": \"cha2 she4\"", at: node)
        }
        return try mapping.map { pair in
            let written = pair.key.string ?? ""
            let field = "\(root.fieldPrefix)pronunciations.\(written)"
            let location = SourceLocation(file: root.file, line: pair.key.mark?.line)
            guard !written.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FileError(file: root.file, line: location.line, field: root.fieldPrefix + "pronunciations", problem: "has an empty name")
            }
            guard case .scalar(let scalar) = pair.value, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FileError(file: root.file, line: location.line, field: field, problem: "must be the text to say instead")
            }
            if scalar.string.contains("{{") {
                throw FileError(file: root.file, line: location.line, field: field, problem: "must be plain text, not a template")
            }
            return Pronunciation(written: written, spoken: scalar.string, source: location)
        }
    }

    /// `disclosure: {label, spoken, every_minutes}` (label is read by `loadLabel`).
    static func loadDisclosure(_ fields: YAMLMapping?) throws -> Disclosure {
        guard let fields else { return Disclosure() }
        let disclosure = Disclosure(spoken: try fields.optionalTemplate("spoken"),
                                    everyMinutes: try fields.int("every_minutes", in: 1...240, default: 30))
        try fields.finish()
        return disclosure
    }
}

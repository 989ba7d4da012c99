/// Reading the identity parts of a persona file: languages, the real person it is
/// modelled on with their consent, and the on-screen AI label.
extension Persona {
    /// `language: zh` or `languages: [zh, en]` (main first); exactly one of the two.
    static func loadLanguages(_ root: YAMLMapping) throws -> [Language] {
        let choices = Language.allCases.map(\.rawValue).joined(separator: ", ")
        let single = try root.optionalString("language")
        let list = try root.stringList("languages", required: false)
        if single != nil && !list.isEmpty {
            throw root.error("languages", "cannot be given together with language (use one of the two)")
        }
        guard let single else {
            if list.isEmpty { throw root.error("language", "is missing (\(choices))") }
            var languages: [Language] = []
            for (index, text) in list.enumerated() {
                guard let language = Language(rawValue: text) else {
                    throw root.error("languages[\(index)]", "must be one of \(choices), got '\(text)'")
                }
                if languages.contains(language) { throw root.error("languages", "lists '\(text)' twice") }
                languages.append(language)
            }
            return languages
        }
        guard let language = Language(rawValue: single) else {
            throw root.error("language", "must be one of \(choices), got '\(single)'")
        }
        return [language]
    }

    /// `modelled_on: {name, consent: {given_by, date, scope}}`: a persona that claims a real
    /// person's likeness or voice must record their consent.
    static func loadModelledOn(_ root: YAMLMapping) throws -> ModelledOn? {
        guard let fields = try root.mapping("modelled_on", required: false) else { return nil }
        let name = try fields.string("name")
        guard let consentFields = try fields.mapping("consent", required: false) else {
            throw fields.error("consent", "is missing: a persona modelled on a real person (\(name)) must record who consented, when, and to what (given_by, date, scope)")
        }
        let scopeTexts = try consentFields.stringList("scope", required: true)
        if scopeTexts.isEmpty { throw consentFields.error("scope", "must list at least one of likeness, voice") }
        let scope = try scopeTexts.enumerated().map { index, text in
            guard let item = ConsentScope(rawValue: text) else {
                throw consentFields.error("scope[\(index)]", "must be likeness or voice, got '\(text)'")
            }
            return item
        }
        let consent = Consent(givenBy: try consentFields.string("given_by"), date: try consentFields.isoDate("date"),
                              scope: scope)
        try consentFields.finish()
        try fields.finish()
        return ModelledOn(name: name, consent: consent)
    }

    /// The on-screen label: `ai_label`, or `label` inside `disclosure`; exactly one of the two.
    static func loadLabel(_ root: YAMLMapping, disclosure: YAMLMapping?) throws -> String {
        let legacy = try root.optionalString("ai_label")
        let nested = try disclosure?.optionalString("label")
        switch (legacy, nested) {
        case (.some, .some): throw disclosure!.error("label", "is also given as ai_label (keep one)")
        case (.some(let text), nil): return try nonEmpty(text, root, "ai_label")
        case (nil, .some(let text)): return try nonEmpty(text, disclosure!, "label")
        case (nil, nil): throw root.error("ai_label", "is missing")
        }
    }

    private static func nonEmpty(_ text: String, _ fields: YAMLMapping, _ key: String) throws -> String {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw fields.error(key, "must not be empty") }
        return text
    }
}

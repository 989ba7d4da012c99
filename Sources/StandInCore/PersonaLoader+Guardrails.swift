import Yams

extension Persona {
    /// Reads the optional `guardrails:` section (see docs/persona.md, "Guardrails").
    /// Every list item keeps its line, so a problem found later can point back at it.
    static func loadGuardrails(_ root: YAMLMapping) throws -> Guardrails {
        guard let fields = try root.mapping("guardrails", required: false) else { return Guardrails() }
        var guardrails = Guardrails(banned: try fields.phrases("banned"), competitors: try fields.phrases("competitors"))
        if let claims = try fields.mapping("absolute_claims", required: false) {
            guardrails.absoluteClaims = AbsoluteClaimSettings(
                enabled: try claims.bool("enabled", default: true),
                extra: try claims.phrases("extra"),
                exempt: try claims.phrases("exempt"))
            try claims.finish()
        }
        if let topics = try fields.mapping("decline_topics", required: false) {
            guardrails.declineTopics = try loadDeclineTopics(topics)
        }
        try fields.finish()
        return guardrails
    }

    private static func loadDeclineTopics(_ fields: YAMLMapping) throws -> DeclineTopicSettings {
        var settings = DeclineTopicSettings()
        if fields.has("topics") {
            settings.topics = try fields.phrases("topics").map { name in
                guard let topic = DeclineTopic(rawValue: name.text) else {
                    throw FileError(file: fields.file, line: name.source.line, field: fields.fieldPrefix + "topics",
                                    problem: "has unknown topic '\(name.text)' (known: \(Self.topicNames))")
                }
                return topic
            }
        }
        if let keywords = try fields.mapping("keywords", required: false) {
            for topic in DeclineTopic.allCases {
                let words = try keywords.phrases(topic.rawValue)
                if !words.isEmpty { settings.keywords[topic] = words }
            }
            try keywords.finish()
        }
        settings.line = try fields.optionalString("line")
        try fields.finish()
        return settings
    }

    private static var topicNames: String { DeclineTopic.allCases.map(\.rawValue).joined(separator: ", ") }
}

extension YAMLMapping {
    /// A list of non-empty texts, each with its own line; empty when the key is absent.
    func phrases(_ key: String) throws -> [GuardrailPhrase] {
        guard let node = value(key) else { return [] }
        guard let items = node.sequence else { throw error(key, "must be a list of words or phrases", at: node) }
        return try items.enumerated().map { index, item in
            guard case .scalar(let scalar) = item, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw error("\(key)[\(index)]", "must be a non-empty word or phrase", at: item)
            }
            return GuardrailPhrase(scalar.string, source: SourceLocation(file: file, line: item.mark?.line))
        }
    }

    /// `true`/`false` (YAML 1.2 spellings only, so `no` is not silently false).
    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let node = value(key) else { return fallback }
        switch node.string {
        case "true": return true
        case "false": return false
        default: throw error(key, "must be true or false, got '\(node.string ?? "a list or mapping")'", at: node)
        }
    }
}

import Yams

extension Persona {
    /// Loads and validates a persona YAML file; see `docs/persona.md` for the schema.
    public static func load(from path: String) throws -> Persona {
        let file = try YAMLFile(path: path)
        let root = try YAMLMapping(file.root, file: path, context: nil, what: "")
        let id = try root.string("id")
        let languageText = try root.string("language")
        guard let language = Language(rawValue: languageText) else {
            throw root.error("language", "must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), got '\(languageText)'")
        }
        let persona = Persona(
            id: id,
            displayName: try root.string("display_name"),
            brand: try root.string("brand"),
            language: language,
            voice: try loadVoice(root.mapping("voice")!),
            look: try loadLook(root.mapping("look")!),
            aiLabel: try root.string("ai_label"),
            greeting: try root.string("greeting"),
            templates: try loadTemplates(root.mapping("templates")!),
            file: path, guardrails: try loadGuardrails(root))
        try root.finish()
        return persona
    }

    private static func loadVoice(_ fields: YAMLMapping) throws -> Voice {
        let voice = Voice(
            espeakVoice: try fields.string("espeak"),
            rate: try fields.int("rate", in: 80...450, default: 170),
            pitch: try fields.int("pitch", in: 0...100, default: 50),
            pauseAfterSentenceMs: try fields.int("pause_after_sentence_ms", in: 0...5_000, default: 300))
        try fields.finish()
        return voice
    }

    private static func loadLook(_ fields: YAMLMapping) throws -> Look {
        let look = Look(
            background: try fields.color("background"),
            skin: try fields.color("skin"),
            hair: try fields.color("hair"),
            eyes: try fields.color("eyes", default: RGBA(0x22, 0x22, 0x22)),
            mouth: try fields.color("mouth", default: RGBA(0xB8, 0x43, 0x4F)),
            outfit: try fields.color("outfit"),
            accent: try fields.color("accent"))
        try fields.finish()
        return look
    }

    private static func loadTemplates(_ fields: YAMLMapping) throws -> [SegmentKind: [Template]] {
        var templates: [SegmentKind: [Template]] = [:]
        for kind in SegmentKind.allCases {
            guard let node = fields.value(kind.rawValue) else { continue }
            let items: [Node] = node.sequence.map(Array.init) ?? [node]
            templates[kind] = try items.map { item in
                guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                    throw fields.error(kind.rawValue, "must be text or a list of texts", at: item)
                }
                return Template(text: scalar.string, source: SourceLocation(file: fields.file, line: item.mark?.line))
            }
        }
        for required in [SegmentKind.intro, .sellingPoint, .offer, .callToAction] where templates[required] == nil {
            throw fields.error(required.rawValue, "is missing (every persona needs intro, selling_point, offer and call_to_action)")
        }
        try fields.finish()
        return templates
    }
}

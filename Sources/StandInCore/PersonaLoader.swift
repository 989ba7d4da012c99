import Foundation
import Yams

extension Persona {
    /// Loads and validates a persona YAML file; see `docs/persona.md` for the schema.
    /// Every problem is a `FileError` naming file, line and field; unknown keys are errors.
    public static func load(from path: String) throws -> Persona {
        let file = try YAMLFile(path: path)
        let root = try YAMLMapping(file.root, file: path, context: nil, what: "")
        let id = try root.string("id", maxLength: YAMLLimits.maxNameCharacters)
        let version = try loadVersion(root)
        let languages = try loadLanguages(root)
        let look = try loadLook(root.mapping("look")!)
        let disclosure = try root.mapping("disclosure", required: false)
        let persona = Persona(
            id: id,
            displayName: try root.string("display_name", maxLength: YAMLLimits.maxNameCharacters),
            brand: try root.string("brand", maxLength: YAMLLimits.maxNameCharacters),
            language: languages[0],
            voice: try loadVoice(root.mapping("voice")!),
            look: look,
            aiLabel: try loadLabel(root, disclosure: disclosure),
            greeting: try root.string("greeting", maxLength: YAMLLimits.maxLineCharacters),
            templates: try loadTemplates(root.mapping("templates")!),
            file: path,
            bio: try root.optionalString("bio"),
            languages: languages,
            modelledOn: try loadModelledOn(root),
            lexicon: try loadLexicon(root),
            disclosure: try loadDisclosure(disclosure),
            version: version,
            contentHash: try contentHash(of: path, spritePack: look.spritePack),
            guardrails: try loadGuardrails(root))
        try root.finish()
        return persona
    }

    private static func loadVersion(_ root: YAMLMapping) throws -> Int {
        guard let version = try root.optionalInt("version", in: 1...1_000_000) else {
            throw root.error("version", "is missing (every saved persona carries a version number, e.g. 'version: 1')")
        }
        return version
    }

    private static func loadVoice(_ fields: YAMLMapping) throws -> Voice {
        let sentencePause = try fields.int("pause_after_sentence_ms", in: 0...5_000, default: 300)
        let voice = Voice(
            espeakVoice: try fields.string("espeak"),
            rate: try fields.int("rate", in: 80...450, default: 170),
            pitch: try fields.int("pitch", in: 0...100, default: 50),
            pauseAfterSentenceMs: sentencePause,
            pitchRange: try fields.int("pitch_range", in: 0...100, default: 50),
            volume: try fields.int("volume", in: 0...200, default: 100),
            pauseBetweenSegmentsMs: try fields.int("pause_between_segments_ms", in: 0...10_000, default: sentencePause),
            pronunciations: try loadPronunciations(fields))
        try fields.finish()
        return voice
    }

    private static func loadTemplates(_ fields: YAMLMapping) throws -> [SegmentKind: [Template]] {
        var templates: [SegmentKind: [Template]] = [:]
        for kind in SegmentKind.allCases where fields.has(kind.rawValue) {
            templates[kind] = try fields.templateList(kind.rawValue)
        }
        for required in [SegmentKind.intro, .sellingPoint, .offer, .callToAction] where templates[required] == nil {
            throw fields.error(required.rawValue, "is missing (every persona needs intro, selling_point, offer and call_to_action)")
        }
        try fields.finish()
        return templates
    }

    /// FNV-1a over the persona file's bytes and then every sprite layer's, in layer order.
    private static func contentHash(of path: String, spritePack: SpritePack?) throws -> String {
        var hash = ContentHash()
        hash.add(FileManager.default.contents(atPath: path) ?? Data())
        if let spritePack {
            for layer in SpritePack.Layer.all {
                hash.add(FileManager.default.contents(atPath: spritePack.path(of: layer)) ?? Data())
            }
        }
        return hash.hex
    }
}

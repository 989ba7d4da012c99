import Foundation
import StandInCore

/// Which values of a persona file the editor would not keep: the file is loaded as it is and
/// as the editor's fields write it back, and the two personas are compared field by field.
/// Comments, key order and quoting do not count; a text's surrounding white space, an item
/// spanning several lines in a one-per-line list, or an empty quoted text do.
public enum FormFidelity {
    /// Labels of the editor fields a save from the studio would change; empty when every
    /// value is kept, or when the file does not load (the checks report that).
    public static func unkeptFields(of yaml: String, folder: String) -> [String] {
        guard let original = load(yaml, in: folder) else { return [] }
        guard let written = try? PersonaForm(yaml: yaml).yaml(version: original.version),
              let rewritten = load(written, in: folder) else {
            return ["the whole file (the editor's fields do not load)"]
        }
        let a = original.locationsCleared(), b = rewritten.locationsCleared()
        guard a != b else { return [] }
        let keys = comparisons.filter { !$0.same(a, b) }.map(\.key)
        return (keys.isEmpty ? ["general"] : keys).map { FieldSpec.all[$0]?.label ?? $0 }
    }

    /// Loads `yaml` from a hidden file in `folder` (so a sprite pack resolves as it will when
    /// saved), then removes the file.
    private static func load(_ yaml: String, in folder: String) -> Persona? {
        let path = "\(folder)/.fidelity-\(UUID().uuidString.prefix(12)).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else { return nil }
        return try? Persona.load(from: path)
    }

    private struct Comparison {
        var key: String
        var same: (Persona, Persona) -> Bool

        init<Value: Equatable>(_ key: String, _ path: KeyPath<Persona, Value>) {
            self.key = key
            same = { $0[keyPath: path] == $1[keyPath: path] }
        }
    }

    /// Every value the editor shows, by its field.
    private static var comparisons: [Comparison] {
        [
            Comparison("id", \.id), Comparison("display_name", \.displayName), Comparison("brand", \.brand),
            Comparison("bio", \.bio), Comparison("language", \.languages), Comparison("ai_label", \.aiLabel),
            Comparison("modelled_on.name", \.modelledOn),
            Comparison("voice.espeak", \.voice.espeakVoice), Comparison("voice.rate", \.voice.rate),
            Comparison("voice.pitch", \.voice.pitch), Comparison("voice.pitch_range", \.voice.pitchRange),
            Comparison("voice.volume", \.voice.volume),
            Comparison("voice.pause_after_sentence_ms", \.voice.pauseAfterSentenceMs),
            Comparison("voice.pause_between_segments_ms", \.voice.pauseBetweenSegmentsMs),
            Comparison("voice.pronunciations", \.voice.pronunciations),
            Comparison("look.background", \.look.background), Comparison("look.accent", \.look.accent),
            Comparison("look.label_position", \.look.labelPosition), Comparison("look.skin", \.look.skin),
            Comparison("look.hair", \.look.hair), Comparison("look.eyes", \.look.eyes), Comparison("look.mouth", \.look.mouth),
            Comparison("look.outfit", \.look.outfit), Comparison("look.hair_style", \.look.hairStyle),
            Comparison("look.face_shape", \.look.faceShape), Comparison("look.outfit_style", \.look.outfitStyle),
            Comparison("look.sprite_pack", \.look.spritePack),
            Comparison("greeting", \.greeting), Comparison("catchphrases", \.lexicon.catchphrases),
            Comparison("transitions", \.lexicon.transitions), Comparison("sign_off", \.lexicon.signOff),
            Comparison("check_later", \.lexicon.checkLater), Comparison("disclosure.spoken", \.disclosure.spoken),
            Comparison("disclosure.every_minutes", \.disclosure.everyMinutes),
            Comparison("templates.intro", \.templates[.intro]),
            Comparison("templates.selling_point", \.templates[.sellingPoint]),
            Comparison("templates.offer", \.templates[.offer]), Comparison("templates.questions", \.templates[.questions]),
            Comparison("templates.call_to_action", \.templates[.callToAction]),
            Comparison("guardrails.banned", \.guardrails.banned),
            Comparison("guardrails.competitors", \.guardrails.competitors),
            Comparison("guardrails.absolute_claims.enabled", \.guardrails.absoluteClaims.enabled),
            Comparison("guardrails.absolute_claims.extra", \.guardrails.absoluteClaims.extra),
            Comparison("guardrails.absolute_claims.exempt", \.guardrails.absoluteClaims.exempt),
            Comparison("guardrails.decline_topics.topics", \.guardrails.declineTopics.topics),
            Comparison("guardrails.decline_topics.line", \.guardrails.declineTopics.line),
            Comparison("guardrails.decline_topics.keywords.medical", \.guardrails.declineTopics.keywords[.medical]),
            Comparison("guardrails.decline_topics.keywords.financial", \.guardrails.declineTopics.keywords[.financial]),
            Comparison("guardrails.decline_topics.keywords.legal", \.guardrails.declineTopics.keywords[.legal]),
        ]
    }
}

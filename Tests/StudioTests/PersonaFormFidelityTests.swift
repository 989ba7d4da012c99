import Foundation
import StandInCore
import Studio
import Testing
import TestSupport

/// Every field the persona loader reads, in every spelling a hand-written file may use, goes
/// through the editor's fields and back with the same value; what the fields cannot hold is
/// reported, not dropped silently.
@Suite struct PersonaFormFidelityTests {
    /// Each field of the schema once, several in their less common spellings.
    static let everyField = #"""
        # Every field, hand-written.
        id: every
        version: 4
        display_name: "Kitchen: Sink"
        brand: '123'
        bio: |-
          Two lines
          of bio.
        languages: [en, zh]
        modelled_on:
          name: Mei Lin
          consent: {given_by: Mei Lin, date: 2025-03-01, scope: [likeness, voice]}
        voice:
          espeak: en-us
          rate: "200"
          pitch: 40
          pitch_range: 65
          volume: 120
          pause_after_sentence_ms: 250
          pause_between_segments_ms: 700
          pronunciations:
            "Longjing": "long2 jing3"
            "yes": "ja"
        look:
          background: "#f4ece1"
          accent: "#C0392B"
          label_position: bottom-left
          skin: "#F6D2B4"
          hair: "#2E1F1B"
          eyes: "#231A17"
          mouth: "#B8434F"
          outfit: "#5E8C6A"
          hair_style: bun
          face_shape: round
          outfit_style: v-neck
        disclosure:
          label: AI host
          spoken: I'm {{host}}, an AI host.
          every_minutes: 45
        greeting: 'Hi: welcome to {{brand}} # not a comment'
        sign_off: "true"
        check_later: Let me check that for you.
        catchphrases:
          - Plain one.
          - {text: With minutes., at_most_every_minutes: 7}
          - {text: Default minutes.}
          - Tea | 5
        transitions: Next up, {{name}}.
        templates:
          intro: Here is {{name}}.
          selling_point: ["{{point}}.", "Note: {{point}}."]
          offer:
            - "{{#list_price}}Was {{list_price}}, {{/list_price}}now {{price}} dollars."
          questions: ["Any questions about {{name}}?"]
          call_to_action:
            - Tap the cart.
            - "null"
        guardrails:
          banned: [bargain bin, "yes"]
          absolute_claims: {enabled: false, extra: [unrivalled], exempt: [Number One Tea]}
          decline_topics:
            topics: []
            keywords: {medical: [blood pressure], financial: [stocks], legal: [lawsuit]}
            line: I can't advise on that.
        """#

    @Test func everyFieldOfTheSchemaKeepsItsValue() throws {
        let folder = try TemporaryFolder()
        let (original, reloaded, _) = try PersonaFormTests.roundTrip(folder.write("every.yaml", Self.everyField))
        // The file really uses what it claims to (so the comparison below means something).
        #expect(original.guardrails.declineTopics.topics.isEmpty && original.languages == [.en, .zh])
        #expect(original.lexicon.catchphrases.map(\.atMostEveryMinutes) == [15, 7, 15, 15])
        #expect(original.aiLabel == "AI host" && original.guardrails.declineTopics.keywords.count == 3)
        #expect(reloaded == original)
        #expect(FormFidelity.unkeptFields(of: Self.everyField, folder: folder.url.path).isEmpty)
    }

    @Test(arguments: ["personas/xiaolin.yaml", "personas/ava.yaml", "personas/examples/momo.yaml"])
    func theDemoPersonasLoseNothing(file: String) throws {
        let text = try String(contentsOfFile: repositoryPath(file), encoding: .utf8)
        let folder = URL(fileURLWithPath: repositoryPath(file)).deletingLastPathComponent().path
        #expect(FormFidelity.unkeptFields(of: text, folder: folder).isEmpty)
    }

    static let minimal = """
        id: mini
        version: 1
        display_name: Mini
        brand: Shop
        language: en
        ai_label: AI host
        voice: {espeak: en-us}
        look: {background: "#FFFFFF", accent: "#000000", skin: "#F6D2B4", hair: "#2E1F1B", outfit: "#5E8C6A"}
        greeting: Hello.
        templates:
          intro: ["Here is {{name}}."]
          selling_point: ["{{point}}."]
          offer: ["Now {{price}}."]
          call_to_action: [Tap the cart.]

        """

    /// What one-per-line fields and trimmed texts cannot hold: each is named, by its label.
    @Test(arguments: [
        ("  intro: [\"Here is {{name}}.\"]\n", "  intro:\n    - |-\n      Line one.\n      Line two.\n", "Intro variants"),
        ("greeting: Hello.\n", "greeting: |\n  Hello.\n", "Greeting"),
        ("language: en\n", "language: en\nbio: \"\"\n", "About the host"),
        ("voice: {espeak: en-us}\n", "voice: {espeak: en-us, pronunciations: {\"a = b\": c}}\n", "Pronunciations"),
    ])
    func valuesTheFieldsCannotHoldAreNamed(line: String, replacement: String, label: String) throws {
        let folder = try TemporaryFolder()
        let yaml = Self.minimal.replacingOccurrences(of: line, with: replacement)
        #expect(yaml != Self.minimal)
        _ = try Persona.load(from: folder.write("mini.yaml", yaml))
        #expect(FormFidelity.unkeptFields(of: yaml, folder: folder.url.path) == [label])
        #expect(FormFidelity.unkeptFields(of: Self.minimal, folder: folder.url.path).isEmpty)
        #expect(try folder.contents() == ["mini.yaml"])
    }

    @Test func declineNoTopicAndCatchphrasesWithABarSurviveTheFields() throws {
        let form = try PersonaForm(yaml: "guardrails: {decline_topics: {topics: []}}\ncatchphrases: [Tea | 5]\n")
        #expect(form["guardrails.decline_topics.topics"] == "none")
        #expect(form["catchphrases"] == "Tea | 5 | 15")
        let yaml = try form.yaml()
        #expect(yaml.contains("topics: []"))
        #expect(yaml.contains("text: Tea | 5\n") && yaml.contains("at_most_every_minutes: 15"))
    }
}

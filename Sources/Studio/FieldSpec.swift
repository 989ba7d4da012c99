/// How the editor shows one field: its label, the kind of input and a hint.
struct FieldSpec: Sendable {
    enum Input: Sendable {
        case text
        case lines(rows: Int)
        case slider(ClosedRange<Int>, default: Int)
        case choice([String])
        case colour
        case voice
    }

    var key: String
    var label: String
    var input: Input
    var hint: String = ""

    /// Fields most personas never change: shown folded under "More … settings".
    static let rare: Set<String> = [
        "bio", "modelled_on.name", "modelled_on.consent.given_by", "modelled_on.consent.date", "modelled_on.consent.scope",
        "voice.volume", "voice.pause_after_sentence_ms", "voice.pause_between_segments_ms",
        "look.eyes", "look.mouth", "look.hair_style", "look.face_shape", "look.outfit_style", "look.sprite_pack",
        "check_later", "disclosure.spoken", "disclosure.every_minutes", "templates.questions",
        "guardrails.competitors", "guardrails.absolute_claims.enabled", "guardrails.absolute_claims.extra",
        "guardrails.absolute_claims.exempt", "guardrails.decline_topics.topics", "guardrails.decline_topics.line",
        "guardrails.decline_topics.keywords.medical", "guardrails.decline_topics.keywords.financial",
        "guardrails.decline_topics.keywords.legal",
    ]

    /// Fields whose lines the host says, with the values they may insert (`{{host}}` …).
    static let inserts: [String: [String]] = {
        let everywhere = ["host", "brand"], product = ["name", "price", "list_price"]
        var inserts: [String: [String]] = ["greeting": everywhere, "sign_off": everywhere, "catchphrases": everywhere,
                                           "check_later": everywhere, "disclosure.spoken": everywhere,
                                           "transitions": everywhere + ["name"]]
        for key in ["templates.intro", "templates.offer", "templates.questions", "templates.call_to_action"] {
            inserts[key] = everywhere + product
        }
        inserts["templates.selling_point"] = everywhere + ["name", "point"]
        return inserts
    }()

    static let all: [String: FieldSpec] = Dictionary(uniqueKeysWithValues: list.map { ($0.key, $0) })

    private static let list: [FieldSpec] = [
        FieldSpec(key: "display_name", label: "Host name", input: .text, hint: "{{host}} in lines"),
        FieldSpec(key: "brand", label: "Brand name", input: .text, hint: "{{brand}} in lines; the producer in AI metadata"),
        FieldSpec(key: "bio", label: "About the host", input: .lines(rows: 2), hint: "for people, never spoken"),
        FieldSpec(key: "language", label: "Language", input: .text, hint: "zh or en; several: main first, e.g. zh, en"),
        FieldSpec(key: "ai_label", label: "AI label on screen", input: .text, hint: "always shown, e.g. AI 虚拟主播"),
        FieldSpec(key: "modelled_on.name", label: "Modelled on (real person)", input: .text,
                  hint: "only if the host imitates a real person's face or voice"),
        FieldSpec(key: "modelled_on.consent.given_by", label: "Consent given by", input: .text),
        FieldSpec(key: "modelled_on.consent.date", label: "Consent date", input: .text, hint: "YYYY-MM-DD"),
        FieldSpec(key: "modelled_on.consent.scope", label: "Consent covers", input: .text, hint: "likeness, voice or both"),
        FieldSpec(key: "voice.espeak", label: "Voice", input: .voice, hint: "cmn-latn-pinyin for Mandarin, en-us for English"),
        FieldSpec(key: "voice.rate", label: "Rate (words/min)", input: .slider(80...450, default: 170)),
        FieldSpec(key: "voice.pitch", label: "Pitch", input: .slider(0...100, default: 50)),
        FieldSpec(key: "voice.pitch_range", label: "Liveliness", input: .slider(0...100, default: 50)),
        FieldSpec(key: "voice.volume", label: "Volume", input: .slider(0...200, default: 100)),
        FieldSpec(key: "voice.pause_after_sentence_ms", label: "Pause after a sentence (ms)", input: .text),
        FieldSpec(key: "voice.pause_between_segments_ms", label: "Pause between segments (ms)", input: .text, hint: "default: the sentence pause"),
        FieldSpec(key: "voice.pronunciations", label: "Pronunciations", input: .lines(rows: 4),
                  hint: "one per line: written = spoken, e.g. 茶舍 = cha2 she4"),
        FieldSpec(key: "look.background", label: "Background", input: .colour),
        FieldSpec(key: "look.accent", label: "Accent", input: .colour),
        FieldSpec(key: "look.label_position", label: "Label corner",
                  input: .choice(["top-left", "top-right", "bottom-left", "bottom-right"])),
        FieldSpec(key: "look.skin", label: "Skin", input: .colour),
        FieldSpec(key: "look.hair", label: "Hair", input: .colour),
        FieldSpec(key: "look.eyes", label: "Eyes", input: .colour),
        FieldSpec(key: "look.mouth", label: "Mouth", input: .colour),
        FieldSpec(key: "look.outfit", label: "Outfit", input: .colour),
        FieldSpec(key: "look.hair_style", label: "Hair style", input: .choice(["", "long", "short", "bun"])),
        FieldSpec(key: "look.face_shape", label: "Face shape", input: .choice(["", "oval", "round"])),
        FieldSpec(key: "look.outfit_style", label: "Outfit style", input: .choice(["", "round-neck", "v-neck"])),
        FieldSpec(key: "look.sprite_pack", label: "Sprite pack", input: .text,
                  hint: "instead of the drawn avatar: sprites/<pack> after uploading the layers below"),
        FieldSpec(key: "greeting", label: "Greeting", input: .lines(rows: 2)),
        FieldSpec(key: "catchphrases", label: "Catchphrases", input: .lines(rows: 3),
                  hint: "one per line; add | 10 to say it at most every 10 minutes"),
        FieldSpec(key: "transitions", label: "Transitions", input: .lines(rows: 2), hint: "one per line; {{name}} is the next product"),
        FieldSpec(key: "sign_off", label: "Sign-off", input: .text),
        FieldSpec(key: "check_later", label: "Check-later line", input: .text, hint: "when the FAQ has no answer"),
        FieldSpec(key: "disclosure.spoken", label: "Spoken AI disclosure", input: .text),
        FieldSpec(key: "disclosure.every_minutes", label: "Disclosure every (minutes)", input: .text),
        FieldSpec(key: "templates.intro", label: "Intro variants", input: .lines(rows: 3), hint: "one variant per line"),
        FieldSpec(key: "templates.selling_point", label: "Selling point variants", input: .lines(rows: 3), hint: "{{point}} is the point"),
        FieldSpec(key: "templates.offer", label: "Offer variants", input: .lines(rows: 3), hint: "prices only as {{price}}"),
        FieldSpec(key: "templates.questions", label: "Questions variants", input: .lines(rows: 2)),
        FieldSpec(key: "templates.call_to_action", label: "Call-to-action variants", input: .lines(rows: 3)),
        FieldSpec(key: "guardrails.banned", label: "Banned words", input: .lines(rows: 3), hint: "one per line"),
        FieldSpec(key: "guardrails.competitors", label: "Competitors", input: .lines(rows: 2),
                  hint: "a viewer question or name with one is not shown"),
        FieldSpec(key: "guardrails.absolute_claims.enabled", label: "Absolute-claim rules (art. 9)", input: .choice(["", "true", "false"])),
        FieldSpec(key: "guardrails.absolute_claims.extra", label: "Extra claim words", input: .lines(rows: 2)),
        FieldSpec(key: "guardrails.absolute_claims.exempt", label: "Exempt names", input: .lines(rows: 2),
                  hint: "registered trademarks containing a claim word"),
        FieldSpec(key: "guardrails.decline_topics.topics", label: "Declined topics", input: .text,
                  hint: "medical, financial, legal (empty: all three; none: decline no topic)"),
        FieldSpec(key: "guardrails.decline_topics.line", label: "Decline line", input: .text),
        FieldSpec(key: "guardrails.decline_topics.keywords.medical", label: "Medical keywords", input: .lines(rows: 2)),
        FieldSpec(key: "guardrails.decline_topics.keywords.financial", label: "Financial keywords", input: .lines(rows: 2)),
        FieldSpec(key: "guardrails.decline_topics.keywords.legal", label: "Legal keywords", input: .lines(rows: 2)),
    ]
}

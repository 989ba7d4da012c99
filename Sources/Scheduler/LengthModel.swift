import Foundation
import StandInCore

/// Estimated segment lengths: characters said × time per character, plus a pause per
/// sentence. Only the plan ahead uses estimates; the engine reports real lengths through
/// `Planner.aired(_:actualLength:)` and the plan continues from there.
public struct LengthModel: Sendable, Equatable {
    /// Samples one character takes to say at the persona's rate.
    public var samplesPerCharacter: Int
    /// Silence after each sentence, in samples.
    public var pauseSamples: Int
    /// Characters per sentence, to count pauses.
    public var charactersPerSentence: Int
    /// Typical characters said per segment kind (kinds not listed: `fallbackCharacters`).
    public var characters: [Segment.Kind: Int]
    public var fallbackCharacters: Int

    public init(samplesPerCharacter: Int, pauseSamples: Int, charactersPerSentence: Int,
                characters: [Segment.Kind: Int], fallbackCharacters: Int) {
        self.samplesPerCharacter = samplesPerCharacter; self.pauseSamples = pauseSamples
        self.charactersPerSentence = charactersPerSentence; self.characters = characters
        self.fallbackCharacters = fallbackCharacters
    }

    /// Samples `kind` is expected to take (not rounded to frames).
    public func estimate(_ kind: Segment.Kind) -> Int {
        let count = characters[kind] ?? fallbackCharacters
        let sentences = max(1, (count + charactersPerSentence - 1) / charactersPerSentence)
        return count * samplesPerCharacter + sentences * pauseSamples
    }

    /// The model for a persona's language and rate, sized by its templates (placeholders
    /// counted at the catalog's average field lengths) and by the channel's lines.
    ///
    /// espeak-ng's rate is words per minute; a Mandarin word is about one character, an
    /// English one about six with the space.
    public init(persona: Persona, channel: Channel, catalog: Catalog) {
        let zh = persona.language == .zh
        let perWord = zh ? 1 : 6
        samplesPerCharacter = MediaClock.sampleRate * 60 / (persona.voice.rate * perWord)
        pauseSamples = persona.voice.pauseAfterSentenceMs * MediaClock.sampleRate / 1000
        charactersPerSentence = zh ? 16 : 70
        fallbackCharacters = zh ? 40 : 160
        func average(_ texts: [String]) -> Int { texts.isEmpty ? 0 : texts.map(\.count).reduce(0, +) / texts.count }
        let fields: [String: Int] = [
            "name": average(catalog.products.map(\.name)),
            "point": average(catalog.products.flatMap(\.sellingPoints)),
            "brand": persona.brand.count, "host": persona.displayName.count, "time": 5,
        ]
        func size(_ template: String) -> Int { Self.characters(in: template, fields: fields, otherField: zh ? 3 : 6) }
        var characters: [Segment.Kind: Int] = [:]
        for (kind, templates) in persona.templates {
            characters[Segment.Kind(kind)] = templates.map { size($0.text) }.reduce(0, +) / max(1, templates.count)
        }
        characters[.flashDeal] = (characters[.offer] ?? fallbackCharacters) + (zh ? 12 : 50)
        characters[.disclosure] = size(channel.disclosure(for: persona)?.line ?? "")
        characters[.handoff] = size(channel.handoff.before)
        characters[.welcomeBack] = size(channel.handoff.welcomeBack)
        // A filler without a line in the channel file says one of the persona's own lines
        // (catchphrase, transition, disclosure); 0 when the persona has none: never planned.
        let own = persona.lexicon.catchphrases.map { size($0.template.text) } + persona.lexicon.transitions.map { size($0.text) }
            + [size(channel.disclosure(for: persona)?.line ?? "")]
        let spoken = own.filter { $0 > 0 }
        for kind in FillerKind.allCases {
            characters[Segment.Kind(kind)] = channel.fillerLines[kind].map(size) ?? spoken.reduce(0, +) / max(1, spoken.count)
        }
        self.characters = characters
    }

    /// Characters said for `template`: literal text plus each `{{field}}` at its typical
    /// length; section markers (`{{#x}}`, `{{/x}}`) say nothing.
    static func characters(in template: String, fields: [String: Int], otherField: Int) -> Int {
        var count = 0
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            count += rest[..<open.lowerBound].count
            guard let close = rest[open.upperBound...].range(of: "}}") else { return count + rest[open.lowerBound...].count }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !(name.hasPrefix("#") || name.hasPrefix("/") || name.hasPrefix("^")) { count += fields[name] ?? otherField }
            rest = rest[close.upperBound...]
        }
        return count + rest.count
    }
}

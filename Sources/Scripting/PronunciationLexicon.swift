import StandInCore

/// Rewrites a line's spoken text with the persona's pronunciation fixes, so the caption
/// keeps the brand's spelling while espeak-ng hears how to say it.
///
/// ```swift
/// let lexicon = PronunciationLexicon(persona.voice.pronunciations)   // "茶舍": "cha2 she4"
/// lexicon.apply("欢迎来到山间茶舍")                                      // "欢迎来到山间cha2 she4"
/// ```
/// Scanning left to right, the longest entry matching at each position wins (file order
/// breaks ties) and replaced text is never rescanned. Matching ignores case. An entry that
/// starts or ends with a letter of a space-separated script (Latin, Cyrillic …) matches only
/// whole words, so `tea` does not touch `teapot`; Han, kana and Hangul match anywhere.
public struct PronunciationLexicon: Sendable {
    struct Entry: Sendable {
        var written: [Character]
        var spoken: String
    }

    let entries: [Entry]

    public init(_ pronunciations: [Persona.Pronunciation]) {
        entries = pronunciations.enumerated()
            .map { (order: $0.offset, entry: Entry(written: Array($0.element.written), spoken: $0.element.spoken)) }
            .filter { !$0.entry.written.isEmpty }
            .sorted { ($0.entry.written.count, -$0.order) > ($1.entry.written.count, -$1.order) }
            .map(\.entry)
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// `text` with every fix applied.
    public func apply(_ text: String) -> String {
        guard !entries.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        scan: while index < characters.count {
            for entry in entries where matches(entry.written, in: characters, at: index) {
                result += entry.spoken
                index += entry.written.count
                continue scan
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    private func matches(_ written: [Character], in characters: [Character], at start: Int) -> Bool {
        let end = start + written.count
        guard end <= characters.count else { return false }
        for offset in 0..<written.count where !Self.same(written[offset], characters[start + offset]) { return false }
        if Self.isWordCharacter(written[0]), start > 0, Self.isWordCharacter(characters[start - 1]) { return false }
        if Self.isWordCharacter(written[written.count - 1]), end < characters.count,
           Self.isWordCharacter(characters[end]) { return false }
        return true
    }

    private static func same(_ a: Character, _ b: Character) -> Bool {
        a == b || a.lowercased() == b.lowercased()
    }

    /// A letter or digit of a script that separates words with spaces (below the CJK blocks).
    static func isWordCharacter(_ character: Character) -> Bool {
        guard character.isLetter || character.isNumber, let scalar = character.unicodeScalars.first else { return false }
        return scalar.value < 0x2E80
    }
}

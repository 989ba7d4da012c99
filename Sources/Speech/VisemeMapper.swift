import StandInCore

/// Maps espeak-ng phoneme names to mouth shapes.
///
/// Understands espeak-ng's ASCII mnemonics (`m`, `A:`, `oU`, `tS;`, Mandarin `ua`, `iou`,
/// `ts.`, `o-`) and IPA names (`ɑː`, `ŋ`, `tɕ`). Pauses (`_`, `_:`, `_|`, and the empty name
/// espeak-ng reports for pauses in IPA mode) are `.rest`.
///
/// ```swift
/// VisemeMapper.viseme(forPhoneme: "m")   // .closed
/// VisemeMapper.viseme(forPhoneme: "iou") // .round: the nucleus o, not the glide i
/// ```
public enum VisemeMapper {
    /// The mouth shape for one phoneme name.
    ///
    /// Consonants: m/b/p → `.closed`, f/v → `.teeth`, w → `.round`, others `.narrow`. A vowel
    /// takes the shape of its first vowel letter, except that a leading glide i/u/y before a
    /// full vowel gives way to that vowel (Mandarin `ua` → `.open`, `iE` → `.wide`).
    public static func viseme(forPhoneme name: String) -> Viseme {
        guard let first = name.first, first != "_" else { return .rest }
        if let special = wholeNames[name] { return special }
        if let consonant = labials[first] { return consonant }
        guard let firstVowel = vowels[first] else { return .narrow }
        if glides.contains(first),
           let nucleus = name.dropFirst().first(where: { vowels[$0] != nil }),
           !centering.contains(nucleus), let shape = vowels[nucleus] {
            return shape
        }
        return firstVowel
    }

    /// Names whose first letter misleads: `o-` is Mandarin ɤ (the e in 这), unrounded.
    private static let wholeNames: [String: Viseme] = ["o-": .open, "o-:": .open]

    /// Consonants shaped by the lips; the rest of the consonants are `.narrow`.
    private static let labials: [Character: Viseme] = [
        "m": .closed, "b": .closed, "p": .closed,
        "f": .teeth, "v": .teeth, "ɱ": .teeth, "ʋ": .teeth,
        "w": .round, "ʍ": .round, "ɥ": .round,
    ]

    /// Vowel letters, mnemonic and IPA, by the shape they give the mouth.
    private static let vowels: [Character: Viseme] = {
        var table: [Character: Viseme] = [:]
        for letter in "aA&V@3ɑɐæʌəɜɚɝɶɤ" { table[letter] = .open }
        for letter in "eEiIɛɪɨɯɘ" { table[letter] = .wide }
        for letter in "oO0uUyYWɔɒʊʏøœɵʉ" { table[letter] = .round }
        return table
    }()

    /// Letters that start a diphthong as a glide (Mandarin `ua`, `iou`, `yE`).
    private static let glides: Set<Character> = ["i", "u", "y"]
    /// Second halves of centering diphthongs (English `i@`, `u@`): the first letter leads.
    private static let centering: Set<Character> = ["@", "3", "ə", "ɜ", "ɚ"]
}

import Foundation

/// Viewer text folded the ways people disguise words, computed once per text.
///
/// ```swift
/// let folded = FoldedViewerText("Ｓ．Ｂ 傻 逼 f*ck 草泥馬")
/// folded.compact     // "sb傻逼f*ck草泥马"   (separators gone, traditional → simplified)
/// folded.words       // ["sb", "f*ck", …]     (Latin words; single letters rejoined, leetspeak folded)
/// folded.syllables   // ["s","b","sha","bi", …,"cao","ni","ma"] (Han as toneless pinyin)
/// ```
/// Steps: NFKC (full-width letters and digits, circled digits), format characters dropped
/// (zero-width spaces and joiners, direction marks), lower case, traditional → simplified
/// (Foundation's ICU `Traditional-Simplified` transform). Then three views: `compact` keeps
/// only letters, digits and the symbols that stand for letters, so "傻 逼" and "傻.逼" meet
/// 傻逼; `words` splits Latin text at separators, rejoins runs of one- and two-letter pieces
/// ("f u c k", "s.b", "fu ck") and folds look-alike digits and symbols (0→o, 1→i, 3→e, 4→a,
/// 5→s, 7→t, @→a, $→s, !→i); `syllables` spells each Han character of `compact` in toneless
/// pinyin, so homophones (草泥马, 曹尼玛) meet on one spelling.
struct FoldedViewerText: Sendable {
    /// NFKC, lower case, simplified; separators kept.
    let folded: String
    /// `folded` without separators.
    let compact: String
    /// Latin words after rejoining and leetspeak folding ('*' kept: it hides a letter).
    let words: [String]
    /// One toneless pinyin syllable per Han character of `compact`; a Latin run is one item.
    let syllables: [String]

    init(_ text: String) {
        let folded = Self.fold(text)
        self.folded = folded
        compact = String(folded.unicodeScalars.filter(Self.keepsInCompact).map(Character.init))
        words = Self.words(folded)
        syllables = Self.syllables(compact)
    }

    /// NFKC, no format characters, lower case, traditional → simplified, × as x.
    static func fold(_ text: String) -> String {
        let nfkc = text.precomposedStringWithCompatibilityMapping
        let visible = String(String.UnicodeScalarView(nfkc.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        let lower = visible.lowercased().replacingOccurrences(of: "×", with: "x")
        return lower.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) ?? lower
    }

    /// Letters, digits and the symbols leetspeak uses for letters.
    static func keepsInCompact(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || leet[scalar] != nil || scalar == "*"
    }

    static let leet: [Unicode.Scalar: Character] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i",
    ]

    /// Latin words, with runs of short pieces rejoined ("f u c k" → "fuck") and leetspeak folded.
    static func words(_ folded: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || leet[scalar] != nil || scalar == "*" {
                piece.unicodeScalars.append(scalar)
            } else {
                if !piece.isEmpty { pieces.append(piece); piece = "" }
                // A Han character (or any other letter) ends a run of spaced letters: "sb 顶级 f-u-c-k" is two words.
                if scalar.properties.isAlphabetic, pieces.last != "" { pieces.append("") }
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        var words: [String] = []
        var run: [String] = []
        func flush() {
            if run.count > 1 { words.append(run.joined()) }
            words += run
            run.removeAll()
        }
        for piece in pieces {
            if piece.isEmpty { flush() } else if piece.count <= 2 { run.append(piece) } else { flush(); words.append(piece) }
        }
        flush()
        return words.flatMap { word -> [String] in
            // A word of digits only is a number, not leetspeak ("2023" is not "zoze").
            if word.allSatisfy(\.isNumber) { return [word] }
            let folded = String(word.map { character in character.unicodeScalars.first.flatMap { leet[$0] } ?? character })
            var variants = folded == word ? [word] : [word, folded]
            // Names and handles add digits: "nmsl666", "sb123" are still the word.
            let letters = String(word.reversed().drop { $0.isNumber }.reversed())
            if letters.count >= 2, letters.count < word.count { variants.append(letters) }
            return variants
        }
    }

    /// Toneless pinyin per Han character; other runs of `compact` as one item each.
    static func syllables(_ compact: String) -> [String] {
        var result: [String] = []
        var other = ""
        for character in compact {
            if let scalar = character.unicodeScalars.first, isHan(scalar) {
                if !other.isEmpty { result.append(other); other = "" }
                result.append(pinyin(character))
            } else {
                other.append(character)
            }
        }
        if !other.isEmpty { result.append(other) }
        return result
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0x20000...0x2A6DF).contains(scalar.value)
    }

    /// One Han character in toneless pinyin ("妈" → "ma"); cached, ICU's transform is slow to start.
    static func pinyin(_ character: Character) -> String {
        if let known = PinyinCache.shared.value(character) { return known }
        let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.trimmingCharacters(in: .whitespaces) ?? String(character)
        PinyinCache.shared.store(character, latin)
        return latin
    }
}

/// Pinyin already looked up, shared by every filter in the process (bounded: Han characters
/// are a closed set of about 90,000).
final class PinyinCache: @unchecked Sendable {  // `lock` guards `values`
    static let shared = PinyinCache()
    private let lock = NSLock()
    private var values: [Character: String] = [:]

    func value(_ character: Character) -> String? { lock.withLock { values[character] } }
    func store(_ character: Character, _ latin: String) { lock.withLock { values[character] = latin } }
}

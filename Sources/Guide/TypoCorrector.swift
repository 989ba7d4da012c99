import Scripting

/// Rewrites search terms the catalog does not know into ones it does, when they are
/// evidently the same word mistyped: a Han bigram written with the same sounds (a pinyin
/// keyboard's slip: 蜂密 → 蜂蜜, 围斤 → 围巾) and an English word of seven or more letters one
/// edit away from a known one ("dishwaser" → "dishwasher"). An ambiguous slip (two known
/// words fit) is left alone, so nothing is guessed.
struct TypoCorrector: Sendable {
    /// Known English words by length.
    private let english: [Int: [String]]
    private let known: Set<String>
    /// Toneless pinyin of a known Han bigram → the bigram; nil value when two bigrams share it.
    private let hanBySound: [String: String?]
    /// Words that are spelt right but stand for others (a synonym's stem → its group's terms).
    private let aliases: [String: [String]]

    /// `vocabulary`: every term of the catalog's documents (after synonyms); `aliases`: the
    /// stems of synonym words, which a document never holds (it holds their group's word).
    init(vocabulary: Set<String>, aliases: [String: [String]] = [:]) {
        self.aliases = aliases
        let vocabulary = vocabulary.union(aliases.keys)
        known = vocabulary
        var english: [Int: [String]] = [:]
        var sounds: [String: String?] = [:]
        for term in vocabulary {
            if term.count >= 6, term.allSatisfy({ $0.isASCII && $0.isLetter }) {
                english[term.count, default: []].append(term)
            } else if term.count == 2, term.allSatisfy(SearchTokenizer.isHan) {
                let key = Self.sound(term)
                sounds[key] = sounds[key] == nil ? .some(term) : .some(nil)
            }
        }
        self.english = english.mapValues { $0.sorted() }
        hanBySound = sounds
    }

    /// `terms` with mistyped words replaced (a corrected bigram brings its characters as terms).
    func corrected(_ terms: [String]) -> [String] {
        var result: [String] = []
        for term in terms {
            guard !known.contains(term) else { result.append(term); continue }
            if term.count == 2, term.allSatisfy(SearchTokenizer.isHan), let fixed = hanBySound[Self.sound(term)] ?? nil {
                result.append(fixed)
                result += fixed.map(String.init).filter { !terms.contains($0) }
            } else if term.count >= 7, term.allSatisfy({ $0.isASCII && $0.isLetter }), let fixed = nearEnglish(term) {
                result += aliases[fixed] ?? [fixed]
            } else {
                result.append(term)
            }
        }
        return result
    }

    private static func sound(_ bigram: String) -> String { bigram.map(Pinyin.toneless).joined(separator: " ") }

    /// The known word one insertion, deletion or substitution away, if all such words mean
    /// the same (one word, or forms of one synonym group).
    private func nearEnglish(_ word: String) -> String? {
        let candidates = (word.count - 1...word.count + 1).flatMap { english[$0] ?? [] }.filter { Self.oneEditApart(word, $0) }
        guard let first = candidates.first else { return nil }
        let meaning = aliases[first] ?? [first]
        return candidates.allSatisfy { (aliases[$0] ?? [$0]) == meaning } ? first : nil
    }

    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count - short.count == 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1 } else if skipped { return false } else { skipped = true; j += 1 }
        }
        return true
    }
}

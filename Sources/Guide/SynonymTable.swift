import Foundation
import StandInCore

/// Rewrites every word of a synonym group as the group's first word, so a viewer's 开水 and
/// an FAQ's 热水 become one search term.
///
/// ```swift
/// let table = SynonymTable(groups: [["热水", "开水", "沸水"]])
/// table.canonical("开水直接冲可以吗")   // "热水直接冲可以吗"
/// ```
/// Built-in groups (`SynonymTable.builtIn`) hold general shopping equivalences; a catalog's
/// `synonyms:` adds to them, and a catalog group that shares a word with a built-in one joins
/// it. Matching is longest first, on folded text (`SearchTokenizer.fold`); a word written in
/// Latin letters matches only as a whole word ("lid" is not in "solid").
public struct SynonymTable: Sendable {
    /// Folded word → folded canonical word.
    private let canonicalByWord: [String: String]
    /// Words by first character, longest first.
    private let wordsByFirst: [Character: [String]]
    /// Canonical word → a broader canonical word said with it (机洗 → 清洗).
    private let broader: [String: String]

    public init(groups: [[String]], broader: [String: String] = [:]) {
        self.broader = broader
        // Union-find over words, so overlapping groups merge; the canonical word is the first
        // word of the earliest group that holds any member.
        var owner: [String: Int] = [:]
        var merged: [[String]] = []
        for group in groups {
            let words = group.map(SearchTokenizer.fold).filter { !$0.isEmpty }.flatMap(Self.inflections)
            let existing = Set(words.compactMap { owner[$0] }).sorted()
            if let target = existing.first {
                for other in existing.dropFirst() {
                    merged[target] += merged[other]
                    for word in merged[other] { owner[word] = target }
                    merged[other] = []
                }
                for word in words where owner[word] == nil { merged[target].append(word); owner[word] = target }
            } else {
                merged.append([])
                for word in words where owner[word] == nil { merged[merged.count - 1].append(word); owner[word] = merged.count - 1 }
            }
        }
        var canonical: [String: String] = [:]
        for group in merged where group.count > 1 {
            for word in group { canonical[word] = group[0] }
        }
        canonicalByWord = canonical
        wordsByFirst = Dictionary(grouping: canonical.keys, by: { $0.first! }).mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Every listed one-word Latin member and its group's canonical word (for spelling fixes).
    var latinMembers: [(word: String, canonical: String)] {
        canonicalByWord.filter { word, _ in !word.contains(" ") && word.allSatisfy { $0.isASCII && $0.isLetter } }
            .map { ($0.key, $0.value) }
    }

    /// The built-in groups plus the catalog's.
    public init(catalog: Catalog) {
        self.init(groups: Self.builtIn + catalog.synonyms.map(\.words), broader: Self.builtInBroader)
    }

    /// An English word or phrase with its last word's usual endings (brew → brews, brewed,
    /// brewing), so a group meets the forms viewers type; other text as it is.
    static func inflections(_ word: String) -> [String] {
        guard let last = word.split(separator: " ").last, last.count >= 3, last.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return [word]
        }
        let stem = last.hasSuffix("e") ? String(last.dropLast()) : String(last)
        let head = word.dropLast(last.count)
        return [word] + [last + "s", last + "es", stem + "ed", stem + "ing"].map { head + $0 }
    }

    /// `text` (already folded) with every listed word replaced by its group's first word.
    func canonical(_ text: String) -> String {
        guard !canonicalByWord.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if let candidates = wordsByFirst[characters[index]],
               let word = candidates.first(where: { matches($0, characters, at: index) }) {
                let canonical = canonicalByWord[word]!
                result += broader[canonical].map { canonical + " " + $0 } ?? canonical
                index += word.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    private func matches(_ word: String, _ text: [Character], at start: Int) -> Bool {
        let letters = Array(word)
        guard start + letters.count <= text.count, Array(text[start..<start + letters.count]) == letters else { return false }
        func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        if isLatin(letters[0]), start > 0, isLatin(text[start - 1]) { return false }
        if isLatin(letters[letters.count - 1]), start + letters.count < text.count, isLatin(text[start + letters.count]) { return false }
        return true
    }
}

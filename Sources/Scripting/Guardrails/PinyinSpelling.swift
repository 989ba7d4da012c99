import Foundation

/// Claim words spelled partly or wholly in pinyin inside Chinese text, read back as the Han
/// word: 血tang → 血糖, 美bai → 美白, zhi ke 润 fei → 止咳润肺, and the initials of a longer word
/// (tnb → 糖尿病). Hosts write this to slip past filters that only know characters.
///
/// Which words: every Han word of two to five characters the claim rules name (the term lists
/// and the Han literals of `ClaimPatterns`), so the spelling follows the rules without a list of
/// its own. A Latin run is read as pinyin only when it splits wholly into syllables of those
/// words, and only in a line that also has Han characters; a run of initials only when it has
/// no vowel and stands for exactly one of the words.
enum PinyinSpelling {
    /// One piece of the line: a Han character, or a syllable (or initials) from a Latin run.
    private struct Unit {
        var range: Range<Int>
        /// The Han character, or nil for a Latin syllable.
        var han: Character?
        var pinyin: String
    }

    private struct Table {
        /// Toneless pinyin of each word's characters joined by spaces → the words with it.
        var bySound: [String: [String]] = [:]
        /// Initials of words of three to five characters → the word, when only one has them.
        var byInitials: [String: String] = [:]
        /// Every syllable the words use (a Latin run must split wholly into these).
        var syllables: Set<String> = []
        var longestSyllable = 0
    }

    private static let table: Table = {
        var table = Table()
        var initials: [String: Set<String>] = [:]
        for word in vocabulary {
            let sounds = word.map(FoldedViewerText.pinyin)
            guard sounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) } }) else { continue }
            table.bySound[sounds.joined(separator: " "), default: []].append(word)
            table.syllables.formUnion(sounds)
            if word.count >= 3 { initials[String(sounds.map { $0.first! }), default: []].insert(word) }
        }
        table.byInitials = initials.compactMapValues { $0.count == 1 ? $0.first : nil }
        table.longestSyllable = table.syllables.map(\.count).max() ?? 0
        return table
    }()

    /// The Han words (2–5 characters) of the claim rules.
    static var vocabulary: Set<String> {
        var words = Set(AbsoluteClaimTerms.chineseRules.filter { $0.count >= 2 && $0.allSatisfy(isHan) })
        let patterns = ClaimPatterns.absolute + ClaimPatterns.health + ClaimPatterns.outcome + ClaimPatterns.guarantee
        for pattern in patterns {
            var run = ""
            for character in pattern.expression.pattern + " " {
                if isHan(character) { run.append(character); continue }
                if (2...5).contains(run.count) { words.insert(run) }
                run = ""
            }
        }
        return words
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(NormalizedText.isHan) ?? false
    }

    /// Rewrites pinyin spellings of claim words in `text` as the words.
    static func respell(_ text: inout [TextFolding.Folded]) {
        guard text.contains(where: { TextFolding.isLatinLetter($0.scalar) }),
              text.contains(where: { NormalizedText.isHan($0.scalar) }) else { return }
        let segments = units(text)
        var replacements: [(Range<Int>, String)] = []
        for segment in segments {
            var index = 0
            while index < segment.count {
                if let (length, word) = match(segment, at: index) {
                    replacements.append((segment[index].range.lowerBound..<segment[index + length - 1].range.upperBound, word))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        for (range, word) in replacements.reversed() {
            let origin = text[range.lowerBound].origin.lowerBound..<text[range.upperBound - 1].origin.upperBound
            text.replaceSubrange(range, with: word.unicodeScalars.map { TextFolding.Folded(scalar: $0, origin: origin) })
        }
    }

    /// The longest word starting at `index` spelled with at least one pinyin unit.
    private static func match(_ units: [Unit], at index: Int) -> (Int, String)? {
        let unit = units[index]
        if unit.han == nil, unit.pinyin.count >= 3, let word = table.byInitials[unit.pinyin] {
            return (1, word)
        }
        for length in stride(from: min(5, units.count - index), through: 2, by: -1) {
            let piece = units[index..<index + length]
            guard piece.contains(where: { $0.han == nil }) else { continue }
            let sound = piece.map(\.pinyin).joined(separator: " ")
            let word = table.bySound[sound]?.first { word in
                zip(word, piece).allSatisfy { character, unit in unit.han.map { $0 == character } ?? true }
            }
            if let word { return (length, word) }
        }
        return nil
    }

    /// Runs of units that may form a word: Han characters and pinyin syllables, with single
    /// spaces between them ignored; anything else (punctuation, digits, English) ends a run.
    private static func units(_ text: [TextFolding.Folded]) -> [[Unit]] {
        var segments: [[Unit]] = [[]]
        var index = 0
        func close() { if !segments[segments.count - 1].isEmpty { segments.append([]) } }
        while index < text.count {
            let scalar = text[index].scalar
            if NormalizedText.isHan(scalar) {
                let character = Character(scalar)
                segments[segments.count - 1].append(Unit(range: index..<index + 1, han: character,
                                                         pinyin: FoldedViewerText.pinyin(character)))
                index += 1
            } else if TextFolding.isLatinLetter(scalar) {
                var end = index
                while end < text.count, TextFolding.isLatinLetter(text[end].scalar) { end += 1 }
                let letters = String(String.UnicodeScalarView(text[index..<end].map(\.scalar)))
                if let syllables = split(letters) {
                    var start = index
                    for syllable in syllables {
                        segments[segments.count - 1].append(Unit(range: start..<start + syllable.count, han: nil, pinyin: syllable))
                        start += syllable.count
                    }
                } else if (3...5).contains(letters.count), !letters.contains(where: { "aeiou".contains($0) }),
                          table.byInitials[letters] != nil {
                    close()
                    segments[segments.count - 1].append(Unit(range: index..<end, han: nil, pinyin: letters))
                    close()
                } else {
                    close()
                }
                index = end
            } else if scalar == " " {
                index += 1
            } else {
                close()
                index += 1
            }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// `letters` as pinyin syllables of the vocabulary (fewest syllables), or nil.
    private static func split(_ letters: String) -> [String]? {
        let characters = Array(letters)
        guard !characters.isEmpty, table.longestSyllable > 0 else { return nil }
        var best: [[String]?] = Array(repeating: nil, count: characters.count + 1)
        best[0] = []
        for end in 1...characters.count {
            for length in 1...min(table.longestSyllable, end) {
                guard let before = best[end - length] else { continue }
                let syllable = String(characters[end - length..<end])
                guard table.syllables.contains(syllable) else { continue }
                if best[end] == nil || best[end]!.count > before.count + 1 { best[end] = before + [syllable] }
            }
        }
        return best[characters.count]
    }
}

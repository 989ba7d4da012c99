/// Splits text into sentences at 。！？!? and at a full stop followed by a space or the end
/// (so "9.9" stays whole). Each sentence keeps its closing punctuation.
///
/// A full stop does not end a sentence after a common abbreviation ("No. 1", "Dr. Bloom",
/// "e.g. green tea", "U.S. made"), after a single initial ("J. Smith"), nor when the next word
/// starts in lower case or with a digit ("approx. two", "No. 1"): a split there would cut one
/// claim in two halves that each pass the guardrails, and stop pronunciations from matching.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let ends: Bool
            switch character {
            case "。", "！", "？", "!", "?", "…": ends = next.map { !isClosing($0) } ?? true
            case ".": ends = (next == nil || next == " " || next == "\n") && !continues(characters, at: index)
            case "\n": ends = true
            default: ends = false
            }
            if ends {
                let sentence = current.trimmedWhitespace
                if !sentence.isEmpty { sentences.append(sentence) }
                current = ""
            }
        }
        let tail = current.trimmedWhitespace
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    /// Abbreviations written with a full stop, lower case, without their final dot.
    static let abbreviations: Set<String> = [
        "no", "nos", "nr", "dr", "mr", "mrs", "ms", "mx", "st", "sr", "jr", "prof", "rev", "gen", "col", "lt", "sgt", "capt",
        "vs", "etc", "e.g", "i.e", "cf", "approx", "ca", "u.s", "u.k", "u.s.a", "e.u", "inc", "ltd", "co", "corp", "dept",
        "fig", "vol", "ed", "mt", "ft", "oz", "lb", "lbs", "tbsp", "tsp", "no.1", "a.m", "p.m", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "est",
    ]

    /// Whether the full stop at `index` belongs to an abbreviation, an initial or a number
    /// that the next word continues.
    private static func continues(_ characters: [Character], at index: Int) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace, !"(（\"“'‘".contains(characters[start - 1]) { start -= 1 }
        let word = String(characters[start..<index]).lowercased()
        if abbreviations.contains(word) { return true }
        if word.count == 1, word.first!.isLetter { return true }  // an initial: "J. Smith"
        var after = index + 1
        while after < characters.count, characters[after] == " " { after += 1 }
        guard after < characters.count, after > index + 1 else { return false }
        let following = characters[after]
        return following.isLowercase || following.isNumber
    }

    private static func isClosing(_ character: Character) -> Bool {
        "！？!?。…”\"'）)」』".contains(character)
    }
}

import Foundation

extension String {
    /// The text without leading and trailing white space, in native Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString and was a third of the cost of
    /// validating a large persona.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}

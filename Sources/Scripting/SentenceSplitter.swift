/// Splits text into sentences at 。！？!? and at a full stop followed by a space or the end
/// (so "9.9" stays whole). Each sentence keeps its closing punctuation.
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
            case ".": ends = next == nil || next == " " || next == "\n"
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

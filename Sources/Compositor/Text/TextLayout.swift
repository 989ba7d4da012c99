/// Line breaking for captions and card text, independent of any font: CJK text breaks
/// between characters, Latin text between words, closing punctuation never starts a line
/// and opening punctuation never ends one.
enum TextLayout {
    /// Breaks `text` into lines whose `width` is at most `maxWidth`. A word wider than the
    /// line is broken between characters. Explicit newlines are kept.
    static func wrap(_ text: String, maxWidth: Int, width: (String) -> Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", pendingSpace = ""
            for segment in segments(of: paragraph) {
                let candidate = line.isEmpty ? segment.text : line + pendingSpace + segment.text
                if line.isEmpty || width(candidate) <= maxWidth {
                    line = candidate
                } else {
                    lines.append(line)
                    line = segment.text
                }
                pendingSpace = segment.space
                // A single piece too wide for a line: break it between characters.
                while width(line) > maxWidth, line.count > 1 {
                    var head = ""
                    for character in line {
                        if !head.isEmpty, width(head + String(character)) > maxWidth { break }
                        head.append(character)
                    }
                    guard head.count < line.count else { break }
                    lines.append(head)
                    line = String(line.dropFirst(head.count))
                }
            }
            if !line.isEmpty || lines.isEmpty || paragraph.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// `lines` cut to `maxLines`; when something was cut, the last kept line ends in "…"
    /// and still fits `maxWidth`.
    static func truncate(_ lines: [String], maxLines: Int, maxWidth: Int, width: (String) -> Int) -> [String] {
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while !last.isEmpty, width(last + "…") > maxWidth { last.removeLast() }
        kept[maxLines - 1] = last.trimmingTrailingSpaces() + "…"
        return kept
    }

    /// Unbreakable pieces of a paragraph, each with the spaces that followed it.
    private static func segments(of paragraph: Substring) -> [(text: String, space: String)] {
        var result: [(text: String, space: String)] = []
        var closed = true  // the next character starts a new segment
        for character in paragraph {
            if character.isWhitespace {
                if !result.isEmpty { result[result.count - 1].space.append(character) }
                closed = true
            } else if !result.isEmpty, result[result.count - 1].space.isEmpty,
                      isClosingPunctuation(character) || result[result.count - 1].text.last.map(isOpeningPunctuation) == true {
                result[result.count - 1].text.append(character)
                closed = isWide(character)
            } else if closed || isWide(character) {
                result.append((String(character), ""))
                closed = isWide(character)
            } else {
                result[result.count - 1].text.append(character)
            }
        }
        return result
    }

    /// Han, kana, hangul and full-width forms: each character may start or end a line.
    static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    private static func isClosingPunctuation(_ character: Character) -> Bool {
        "，。、！？；：）」』》〉】〕”’…·,.!?;:)]}%ー～".contains(character)
    }

    private static func isOpeningPunctuation(_ character: Character) -> Bool {
        "（「『《〈【〔“‘([{".contains(character)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}

/// Line breaking for captions and card text, independent of any font, by the UAX #14 rules
/// for the classes in `LineBreakClass`: CJK text breaks between characters, other text
/// between words, closing punctuation (，。！？、）」 small kana) never starts a line and
/// opening punctuation never ends one. One rule from CJK typesetting is added: a line does
/// not end in a lone character that opens the next clause ("大家好，我 / 是小林。" becomes
/// "大家好， / 我是小林。") when the line keeps at least half its width without it.
enum TextLayout {
    /// Breaks `text` into lines whose `width` is at most `maxWidth`. A word wider than the
    /// line is broken between characters. Explicit newlines are kept.
    static func wrap(_ text: String, maxWidth: Int, width: (String) -> Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // The segments on the current line, each with the spaces that followed it.
            var held: [(text: String, space: String)] = []
            func joined(_ pieces: [(text: String, space: String)]) -> String {
                pieces.enumerated().map { $0.offset == pieces.count - 1 ? $0.element.text : $0.element.text + $0.element.space }.joined()
            }
            for segment in segments(of: paragraph) {
                if held.isEmpty || width(joined(held + [segment])) <= maxWidth {
                    held.append(segment)
                } else {
                    let carried = strandedClauseStart(held, maxWidth: maxWidth, width: { width(joined($0)) })
                    lines.append(joined(Array(held.dropLast(carried))))
                    held = Array(held.suffix(carried)) + [segment]
                    if width(joined(held)) > maxWidth, carried > 0 {
                        lines.append(joined(Array(held.dropLast())))
                        held = [segment]
                    }
                }
                // A single piece too wide for a line: break it between characters.
                var line = joined(held)
                while width(line) > maxWidth, line.count > 1, held.count == 1 {
                    var head = ""
                    for character in line {
                        if !head.isEmpty, width(head + String(character)) > maxWidth { break }
                        head.append(character)
                    }
                    guard head.count < line.count else { break }
                    lines.append(head)
                    line = String(line.dropFirst(head.count))
                    held = [(line, held[0].space)]
                }
            }
            let line = joined(held)
            if !line.isEmpty || lines.isEmpty || paragraph.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// How many segments at the end of `held` to carry to the next line: 1 when the line
    /// would end in a lone ideograph right after clause punctuation and the line without it
    /// still fills half of `maxWidth`; else 0.
    private static func strandedClauseStart(_ held: [(text: String, space: String)], maxWidth: Int,
                                            width: ([(text: String, space: String)]) -> Int) -> Int {
        guard held.count >= 2, let last = held.last, last.space.isEmpty, last.text.count == 1,
              let character = last.text.first, LineBreakClass(character) == .ideographic,
              let before = held[held.count - 2].text.last, LineBreakClass.endsClause(before),
              width(Array(held.dropLast())) * 2 >= maxWidth else { return 0 }
        return 1
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
            let kind = LineBreakClass(character)
            if kind == .space {
                if !result.isEmpty { result[result.count - 1].space.append(character) }
                closed = true
            } else if let previous = result.last, previous.space.isEmpty,
                      kind == .closing || previous.text.last.map({ LineBreakClass($0) == .opening }) == true {
                // × CL, × EX, × IS, × NS; OP ×
                result[result.count - 1].text.append(character)
                closed = kind == .ideographic || kind == .closing && isWide(character)
            } else if closed || kind == .ideographic {
                result.append((String(character), ""))
                closed = kind == .ideographic
            } else {
                result[result.count - 1].text.append(character)
            }
        }
        return result
    }

    /// Han, kana, hangul and full-width forms: each character may start or end a line.
    static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { LineBreakClass.isWide($0.value) } ?? false
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}

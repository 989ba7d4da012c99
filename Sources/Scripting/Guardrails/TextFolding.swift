import Foundation

/// The folding steps behind `NormalizedText`, each on scalars that remember their written origin.
///
/// Every step answers one disguise: width and compatibility forms, traditional characters,
/// digits for letters, separators between letters, and the many spellings of "number one".
enum TextFolding {
    struct Folded {
        var scalar: Unicode.Scalar
        var origin: Range<Int>
    }

    /// NFKC, lower case, invisible characters and combining marks dropped, one space per run.
    static func perCharacter(_ original: [Unicode.Scalar]) -> [Folded] {
        var out: [Folded] = []
        out.reserveCapacity(original.count)
        func emit(_ scalar: Unicode.Scalar, _ index: Int) {
            if scalar == " ", out.isEmpty { return }
            // A run of blanks folds to one, which stands for all of them (a wide gap can be a word break).
            if scalar == " ", let last = out.last, last.scalar == " " {
                out[out.count - 1].origin = last.origin.lowerBound..<index + 1
                return
            }
            out.append(Folded(scalar: scalar, origin: index..<index + 1))
        }
        for (index, scalar) in original.enumerated() {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: emit(Unicode.Scalar(value + 0x20)!, index)
            case 0x09...0x0D, 0x20: emit(" ", index)
            case 0...0x7F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3001...0x303F, 0x3040...0x30FF: emit(scalar, index)
            case 0x3000: emit(" ", index)
            default:
                if isInvisible(value) { continue }
                for piece in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
                    if isInvisible(piece.value) { continue }
                    switch piece.value {
                    case 0x2018, 0x2019, 0x2032: emit("'", index)
                    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: emit(" ", index)
                    case 0x09...0x0D, 0x20: emit(" ", index)
                    default:
                        if piece.properties.isWhitespace { emit(" ", index); continue }
                        let lower = piece.properties.lowercaseMapping.unicodeScalars
                        emit(lower.count == 1 ? lower.first! : piece, index)
                    }
                }
            }
        }
        if out.last?.scalar == " " { out.removeLast() }
        return out
    }

    /// Zero-width characters, soft hyphens, variation selectors and combining marks: they change
    /// nothing a viewer reads, so they must not change what a rule sees.
    private static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0xAD, 0x034F, 0x180E, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0xFE00...0xFE0F: true
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// Traditional Han as simplified (ICU `Traditional-Simplified`), financial numerals as plain ones.
    static func simplifyHan(_ text: inout [Folded]) {
        for index in text.indices where NormalizedText.isHan(text[index].scalar) {
            if let simple = simplified[text[index].scalar] { text[index].scalar = simple }
            if let plain = financialNumerals[text[index].scalar] { text[index].scalar = plain }
        }
    }

    /// Every CJK ideograph ICU's `Traditional-Simplified` changes, found once by transforming the
    /// whole block (about 20 ms): a table lookup per character costs a fraction of a transform per line.
    private static let simplified: [Unicode.Scalar: Unicode.Scalar] = {
        let block = (0x3400...0x4DBF).map { $0 } + (0x4E00...0x9FFF).map { $0 }
        let scalars = block.compactMap(Unicode.Scalar.init)
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        // In chunks, so one character that maps to two cannot shift the rest of the block.
        for start in stride(from: 0, to: scalars.count, by: 512) {
            let chunk = Array(scalars[start..<min(start + 512, scalars.count)])
            let written = String(String.UnicodeScalarView(chunk))
            guard let simple = written.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) else { continue }
            let mapped = Array(simple.unicodeScalars)
            if mapped.count == chunk.count {
                for (from, to) in zip(chunk, mapped) where from != to { table[from] = to }
            } else {
                for from in chunk {
                    let one = String(from).applyingTransform(StringTransform("Traditional-Simplified"), reverse: false)
                    if let one, one.unicodeScalars.count == 1, let to = one.unicodeScalars.first, to != from { table[from] = to }
                }
            }
        }
        return table
    }()

    private static let financialNumerals: [Unicode.Scalar: Unicode.Scalar] = [
        "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六",
        "柒": "七", "捌": "八", "玖": "九", "拾": "十", "〇": "零",
    ]

    /// Digits and symbols standing for letters inside a Latin word (b3st, be$t, m1racle):
    /// only a run with a letter on both sides, so "No1", "4k" and "100%" keep their digits.
    static func leetspeak(_ text: inout [Folded]) {
        var index = 0
        while index < text.count {
            guard leet[text[index].scalar] != nil else { index += 1; continue }
            var end = index
            while end < text.count, leet[text[end].scalar] != nil { end += 1 }
            if index > 0, isLatinLetter(text[index - 1].scalar), end < text.count, isLatinLetter(text[end].scalar) {
                for position in index..<end { text[position].scalar = leet[text[position].scalar]! }
            }
            index = end
        }
    }

    private static let leet: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "|": "l",
    ]

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static let separators: Set<Unicode.Scalar> = [" ", ".", "·", "・", "-", "_", "*", "/", "|", "~", "^", "+", "•", "‧"]

    /// Between Han characters any separator, symbol or emoji counts as padding (第🔥一, 最~好), but
    /// not sentence punctuation (，。！？、；：), which really separates words.
    private static func isHanSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if separators.contains(scalar) { return true }
        if scalar.isASCII || NormalizedText.isHan(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .modifierSymbol, .dashPunctuation, .connectorPunctuation, .spaceSeparator: return true
        default: return false
        }
    }

    /// Separators between single characters removed: between Han characters (and a Han
    /// character and a digit) always, since written Chinese puts no spaces inside words; between
    /// Latin letters and digits only in a run of at least three single ones (B E S T, B.E.S.T).
    static func joinSpacedLetters(_ text: inout [Folded]) {
        var keep = [Bool](repeating: true, count: text.count)
        // Han: 第 一 品 牌, 顶-级, 第 1.
        var index = 0
        while index < text.count {
            guard isHanSeparator(text[index].scalar), index > 0 else { index += 1; continue }
            var end = index
            while end < text.count, end - index < 3, isHanSeparator(text[end].scalar) { end += 1 }
            if end < text.count, !isHanSeparator(text[end].scalar) {
                let before = text[index - 1].scalar, after = text[end].scalar
                let han = NormalizedText.isHan(before) || NormalizedText.isHan(after)
                if han, NormalizedText.isHan(before) || isDigit(before), NormalizedText.isHan(after) || isDigit(after) {
                    for position in index..<end { keep[position] = false }
                }
            }
            index = end
        }
        // Latin: runs of single letters or digits, at least three, at least one letter.
        func single(_ position: Int) -> Bool {
            guard position < text.count, isLatinLetter(text[position].scalar) || isDigit(text[position].scalar) else { return false }
            let before = position > 0 && NormalizedText.isWord(text[position - 1].scalar)
            let after = position + 1 < text.count && NormalizedText.isWord(text[position + 1].scalar)
            return !before && !after
        }
        index = 0
        while index < text.count {
            guard single(index) else { index += 1; continue }
            var tokens = [index]
            var gaps: [Range<Int>] = []
            var cursor = index + 1
            while true {
                var end = cursor
                while end < text.count, end - cursor < 3, separators.contains(text[end].scalar) { end += 1 }
                guard end > cursor, single(end) else { break }
                gaps.append(cursor..<end)
                tokens.append(end)
                cursor = end + 1
            }
            if tokens.count >= 3, tokens.contains(where: { isLatinLetter(text[$0].scalar) }) {
                // Wider blank gaps than the run's narrowest are word breaks (B e s t  p r i c e): keep one blank.
                func width(_ gap: Range<Int>) -> Int { text[gap.upperBound - 1].origin.upperBound - text[gap.lowerBound].origin.lowerBound }
                let narrowest = gaps.map(width).min() ?? 1
                for gap in gaps {
                    let wordBreak = width(gap) > narrowest && gap.allSatisfy { text[$0].scalar == " " }
                    for position in gap where !(wordBreak && position == gap.lowerBound) { keep[position] = false }
                }
            }
            index = tokens.last! + 1
        }
        text = zip(text, keep).filter(\.1).map(\.0)
    }

    /// "Number one" in any spelling as `no.1`, and 第1 as 第一; homophones used to slip past
    /// filters (醉好 for 最好, 弟一 for 第一, 决对 for 绝对) as the word they stand for.
    static func unifyNumberOne(_ text: inout [Folded]) {
        rewrite(&text, numberOne, with: "no.1")
        rewrite(&text, hanFirst, with: "第一")
        rewrite(&text, homophoneMost, with: "最")
        rewrite(&text, homophoneFirst, with: "第一")
        rewrite(&text, homophoneAbsolute, with: "绝对")
    }

    private static let homophoneMost = try! NSRegularExpression(pattern: "[醉嘴罪](?=[好佳低强高优火大便划实美香受畅热新])")
    private static let homophoneFirst = try! NSRegularExpression(pattern: "[弟递地帝]一(?=[品名家款牌])")
    private static let homophoneAbsolute = try! NSRegularExpression(pattern: "[决觉]对")

    private static let numberOne = try! NSRegularExpression(pattern: [  // fixed patterns, covered by tests
        #"(?<![a-z0-9])(?:no|n0|nr|num)\s?[.:#]?\s?1(?![0-9])"#,
        #"(?<![a-z0-9])(?:no|nr)\.\s?one(?![a-z])"#,
        #"(?<![a-z0-9])number[\s\-]?(?:1|one)(?![a-z0-9])"#,
        #"#\s?(?:1|one)(?![0-9a-z])"#,
        #"(?<![a-z0-9])top[\s\-]?1(?![0-9])"#,
        #"(?<![a-z0-9])numero uno(?![a-z])"#,
    ].joined(separator: "|"))

    private static let hanFirst = try! NSRegularExpression(pattern: #"第\s?1(?![0-9])"#)

    /// Replaces every match of `expression` with `replacement`, each new scalar standing for the whole match.
    private static func rewrite(_ text: inout [Folded], _ expression: NSRegularExpression, with replacement: String) {
        let string = String(String.UnicodeScalarView(text.map(\.scalar)))
        let matches = expression.matches(in: string, range: NSRange(string.startIndex..., in: string))
        guard !matches.isEmpty else { return }
        let scalarOffset = utf16Map(text)
        for match in matches.reversed() {
            guard let lower = scalarOffset[match.range.location], let upper = scalarOffset[match.range.location + match.range.length],
                  upper > lower else { continue }
            let origin = text[lower].origin.lowerBound..<text[upper - 1].origin.upperBound
            text.replaceSubrange(lower..<upper, with: replacement.unicodeScalars.map { Folded(scalar: $0, origin: origin) })
        }
    }

    /// UTF-16 offset → scalar index, for mapping `NSRegularExpression` ranges.
    static func utf16Map(_ text: [Folded]) -> [Int: Int] {
        var map: [Int: Int] = [:]
        var offset = 0
        for (index, folded) in text.enumerated() {
            map[offset] = index
            offset += folded.scalar.utf16.count
        }
        map[offset] = text.count
        return map
    }
}

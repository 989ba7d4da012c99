/// A line folded for matching: lower case, full-width ASCII as ASCII, curly apostrophes as
/// `'`, any run of white space as one space; remembers where each scalar came from.
struct NormalizedText {
    private(set) var scalars: [Unicode.Scalar] = []
    private var origins: [Int] = []
    private let original: [Unicode.Scalar]

    init(_ text: String) {
        original = Array(text.unicodeScalars)
        for (index, scalar) in original.enumerated() {
            let folded = Self.fold(scalar)
            if folded == " ", scalars.last == " " || scalars.isEmpty { continue }
            scalars.append(folded)
            origins.append(index)
        }
        if scalars.last == " " { scalars.removeLast(); origins.removeLast() }
    }

    /// The original text behind `range` of `scalars`.
    func original(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[origins[range.lowerBound]...origins[range.upperBound - 1]])
        return String(view)
    }

    /// Plain range tests first: Unicode property lookups are costly, and Han text (most of a
    /// Mandarin script) needs none of them.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)!
        case 0x09...0x0D, 0x20: return " "
        case 0...0x7F, 0x3001...0xFEFF: return scalar  // ASCII, CJK punctuation, kana, Han, Hangul
        case 0xFF01...0xFF5E: return fold(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x2018, 0x2019, 0x2032: return "'"
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return " "
        case 0x80...0x2FFF:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        default: return scalar
        }
    }

    /// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic …), which form words
    /// separated by spaces; Han, kana and punctuation do not.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        return scalar.value < 0x2E80 && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}

import Foundation

/// A line folded for matching, remembering which written characters each folded one came from.
///
/// ```swift
/// let text = NormalizedText("第 １ 品牌，頂級")
/// text.string              // "第一品牌,顶级"
/// text.original(0..<2)     // "第 １": reasons quote the line as written
/// ```
/// Steps (each keeps the map back to the written text; see `TextFolding`):
/// 1. per character: NFKC (full width → ASCII, ① → 1, compatibility ideographs), lower case,
///    invisible characters and combining marks dropped, curly apostrophes as `'`, white space as one space;
/// 2. traditional → simplified Han (ICU `Traditional-Simplified`), financial numerals (壹 → 一);
/// 3. leetspeak inside Latin words (b3st → best, guar@nteed → guaranteed);
/// 4. separators between single characters removed (第 一 品 牌, B E S T, B.E.S.T);
/// 5. claim words spelled in pinyin inside Chinese read as the word (血tang → 血糖, tnb → 糖尿病: `PinyinSpelling`);
/// 6. number-one variants unified (No1, NO.1, #1, TOP1, Top-1, number one → `no.1`; 第1, 第壹 → 第一).
struct NormalizedText {
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the written scalars it stands for.
    private var origins: [Range<Int>] = []
    private let original: [Unicode.Scalar]

    init(_ text: String) {
        original = Array(text.unicodeScalars)
        var folded = TextFolding.perCharacter(original)
        TextFolding.simplifyHan(&folded)
        TextFolding.leetspeak(&folded)
        TextFolding.joinSpacedLetters(&folded)
        PinyinSpelling.respell(&folded)
        TextFolding.unifyNumberOne(&folded)
        scalars = folded.map(\.scalar)
        origins = folded.map(\.origin)
        string = String(String.UnicodeScalarView(scalars))
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            offsets.append(index)
            if scalar.value > 0xFFFF { offsets.append(-1) }  // the second half of a surrogate pair
        }
        offsets.append(scalars.count)
        utf16ToScalar = offsets
        hasHan = scalars.contains { Self.isHan($0) }
        hasLatin = scalars.contains { TextFolding.isLatinLetter($0) }
    }

    /// Whether the line holds Han characters, and Latin letters: rules of one script skip lines without it.
    let hasHan: Bool
    let hasLatin: Bool

    /// The folded line as a string (for regular expressions).
    let string: String
    /// UTF-16 offset in `string` → index in `scalars` (-1 inside a surrogate pair), for
    /// `NSRegularExpression` ranges.
    let utf16ToScalar: [Int]

    /// The scalar index at UTF-16 `offset`, nil when the offset splits a scalar.
    func scalarIndex(utf16 offset: Int) -> Int? {
        guard offset >= 0, offset < utf16ToScalar.count, utf16ToScalar[offset] >= 0 else { return nil }
        return utf16ToScalar[offset]
    }

    /// The original text behind `range` of `scalars`.
    func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound])
        return String(view)
    }

    /// The written-scalar range behind `range` of `scalars`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }

    /// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic …), which form words
    /// separated by spaces; Han, kana and punctuation do not.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        return scalar.value < 0x2E80 && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }

    /// Han ideographs (CJK Unified Ideographs and extension A).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}

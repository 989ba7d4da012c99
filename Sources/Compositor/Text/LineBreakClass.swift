/// The UAX #14 line-break classes the caption and card layout acts on, derived from each
/// character's Unicode properties and the standard's lists for CJK punctuation.
///
/// Only these classes are told apart; everything else is `alphabetic` (a word that breaks
/// at spaces). Swift's Foundation on Linux has no word or line enumeration
/// (`.byWords` is unavailable in swift-corelibs-foundation), so the rules are implemented here.
enum LineBreakClass: Equatable {
    /// ID: Han, kana, hangul, full-width forms; a break is allowed before and after.
    case ideographic
    /// CL, CP, EX, IS, NS: never starts a line (，。、！？）」 small kana, ー, 々, %).
    case closing
    /// OP: never ends a line (（「『《【 “).
    case opening
    /// Whitespace: a break opportunity, not drawn at a line end.
    case space
    /// AL, NU and the rest: joined into words that break only at spaces.
    case alphabetic

    init(_ character: Character) {
        if character.isWhitespace { self = .space; return }
        if Self.closingList.contains(character) { self = .closing; return }
        if Self.openingList.contains(character) { self = .opening; return }
        guard let scalar = character.unicodeScalars.first else { self = .alphabetic; return }
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: self = .closing; return
        case .openPunctuation, .initialPunctuation: self = .opening; return
        default: break
        }
        self = Self.isWide(scalar.value) ? .ideographic : .alphabetic
    }

    /// Clause punctuation: the natural place to end a line inside CJK text.
    static func endsClause(_ character: Character) -> Bool {
        "，。、！？；：,.!?;:…".contains(character)
    }

    /// CL/EX/IS/NS members that are not Pe/Pf in the Unicode data: the ideographic comma
    /// and full stop, full-width and ASCII sentence punctuation, small kana, the prolonged
    /// sound mark and iteration marks, and postfix signs that stay with their number.
    private static let closingList: Set<Character> = Set(
        "、。，．：；！？!?,.:;…‥・ー～〜々〻ゝゞヽヾ゛゜％%‰℃°"
        + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")

    /// PR members that belong with what follows: the full-width currency signs.
    private static let openingList: Set<Character> = ["￥", "＄", "￡", "€"]

    /// Han, kana, hangul and full-width forms.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}

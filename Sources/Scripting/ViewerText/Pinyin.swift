/// Toneless pinyin of Han characters, for matching what a pinyin keyboard gets wrong
/// (蜂密 for 蜂蜜) and curses spelled by sound.
///
/// ```swift
/// Pinyin.toneless("蜜")   // "mi"
/// ```
public enum Pinyin {
    /// The character's first reading without tones ("妈" → "ma"); a non-Han character as itself.
    public static func toneless(_ character: Character) -> String {
        guard let scalar = character.unicodeScalars.first, FoldedViewerText.isHan(scalar) else { return String(character) }
        return FoldedViewerText.pinyin(character)
    }
}

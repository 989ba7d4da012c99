/// Finds insults and profanity in viewer text (questions, display names), zh and en,
/// through the usual disguises.
///
/// ```swift
/// let filter = AbuseFilter()
/// filter.abuse(in: "主播 s b")        // ["sb"]
/// filter.abuse(in: "曹尼玛")          // ["cao ni ma"]
/// filter.abuse(in: "能用滚筒洗衣机吗")  // []
/// ```
/// Works on `FoldedViewerText` (NFKC, lower case, simplified, separators and look-alike
/// symbols folded) in four ways, each a general rule rather than a list of spellings:
/// - Chinese words on the compact text (傻 逼, 傻.逼, 傻b and 傻X all read 傻逼/傻b), with
///   exemptions where a longer ordinary word holds one (垃圾袋, 你妈妈);
/// - homophones through pinyin: three-syllable curses (草泥马 = 曹尼玛 = cao ni ma) and
///   sha-bi not followed by a syllable that makes it 比较/比例 (啥比较好 is a question);
/// - Latin words and pinyin initials as whole words (sb, nmsl, cnm, tmd, idiot), after
///   rejoining spaced letters;
/// - strong English stems inside any word (fuck in "motherfucking"), where '*' may stand
///   for a letter ("f**k") when the first letter is written.
/// A hit names the matched form; the caller decides what to do (hide the text, log why).
public struct AbuseFilter: Sendable {
    private let chinese: PhraseMatcher<Bool>
    private let latin: PhraseMatcher<Bool>

    public init() {
        chinese = PhraseMatcher(rules: AbuseTerms.chinese.map { ($0, true) }, exemptions: AbuseTerms.chineseExemptions)
        latin = PhraseMatcher(rules: AbuseTerms.latinWords.map { ($0, true) }, exemptions: [])
    }

    /// The abusive forms found in `text` (empty when it is clean).
    public func abuse(in text: String) -> [String] { abuse(in: FoldedViewerText(text)) }

    func abuse(in text: FoldedViewerText) -> [String] {
        var found = chinese.matches(in: text.compact).map(\.phrase)
        found += latin.matches(in: text.words.joined(separator: " ")).map(\.phrase)
        found += homophones(text.syllables)
        for word in text.words {
            if let stem = AbuseTerms.latinStems.first(where: { Self.contains(word, $0) }) { found.append(stem) }
        }
        var unique: [String] = []
        for phrase in found where !unique.contains(phrase) { unique.append(phrase) }
        return unique
    }

    /// Curses spelled by sound: a listed syllable sequence anywhere in the text.
    private func homophones(_ syllables: [String]) -> [String] {
        var found: [String] = []
        for pattern in AbuseTerms.pinyin where pattern.count <= syllables.count {
            for start in 0...(syllables.count - pattern.count) where Array(syllables[start..<start + pattern.count]) == pattern {
                let next = start + pattern.count < syllables.count ? syllables[start + pattern.count] : nil
                if let next, AbuseTerms.pinyinNotBefore[pattern.joined(separator: " ")]?.contains(next) == true { continue }
                found.append(pattern.joined(separator: " "))
                break
            }
        }
        return found
    }

    /// `stem` inside `word`, where '*' in the word stands for any letter but the first.
    static func contains(_ word: String, _ stem: String) -> Bool {
        let w = Array(word), s = Array(stem)
        guard w.count >= s.count else { return false }
        for start in 0...(w.count - s.count) {
            var hidden = 0
            var matched = true
            for offset in 0..<s.count {
                let c = w[start + offset]
                if c == s[offset] { continue }
                if c == "*", offset > 0 { hidden += 1; continue }
                matched = false
                break
            }
            if matched, hidden <= s.count - 2 { return true }
        }
        return false
    }
}

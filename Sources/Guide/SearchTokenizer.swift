import Foundation

/// Turns Chinese and English text into search terms for `FAQIndex`.
///
/// ```swift
/// SearchTokenizer.terms("这个茶能放多久？")   // ["茶", "能", "放", "多", "久", "个茶", …, "多久", "茶能放", …]
/// SearchTokenizer.terms("How long do the teas keep?")  // ["long", "tea", "keep"]
/// ```
/// Text is folded first (`fold`: NFKC, lower case, traditional → simplified), then synonyms
/// are rewritten to their group's first word when a table is given. Han runs give character
/// unigrams (minus a few function characters), bigrams and trigrams: no segmenter needed, a
/// bigram such as 多久 or 结晶 carries most of a question's meaning, and a trigram rewards a
/// longer shared phrase. Latin runs give words with plurals folded and stop words dropped;
/// numbers are kept as terms.
public enum SearchTokenizer {
    /// `concepts`: add what the phrasing asks about (`PhrasingConcepts`); off for product names,
    /// whose words say which product, not what is asked ("Wool Scarf" is not a question of material).
    public static func terms(_ text: String, synonyms: SynonymTable? = nil, concepts: Bool = true) -> [String] {
        var folded = fold(text)
        for filler in chatFillers where folded.contains(filler) { folded = folded.replacingOccurrences(of: filler, with: " ") }
        if concepts { folded = PhrasingConcepts.annotate(folded) }
        return tokens(synonyms?.canonical(folded) ?? folded)
    }

    /// Words that make a question a question (after synonyms, so 咋 and 如何 are already 怎么):
    /// they say what kind of answer is wanted, not what it is about, so they rank weakly and
    /// do not raise confidence (`FAQIndex`); their characters alone do not either.
    static let askingWords: Set<String> = ["怎么", "什么", "可以", "哪里", "多少", "为什么", "是不是", "有没有", "会不会", "能不能"]
    static let askingCharacters: Set<String> = Set(askingWords.flatMap { $0.map(String.init) })

    /// Whether `term` only asks (an asking word or one of its characters).
    static func onlyAsks(_ term: String) -> Bool { askingWords.contains(term) || askingCharacters.contains(term) }

    /// How live-chat questions open and close, which says nothing about what is asked.
    static let chatFillers = ["主播", "请问", "你好", "您好", "老师", "家人们", "小姐姐", "小哥哥", "哈哈", "谢谢", "麻烦问下",
                              "问一下", "问下", "想问", "想知道"]

    /// NFKC (full-width letters and digits as ASCII), lower case, traditional → simplified.
    public static func fold(_ text: String) -> String {
        let lower = text.precomposedStringWithCompatibilityMapping.lowercased()
        guard lower.unicodeScalars.contains(where: { $0.value >= 0x3400 }) else { return lower }
        return lower.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) ?? lower
    }

    static func tokens(_ folded: String) -> [String] {
        var terms: [String] = []
        var han: [Character] = []
        var word = ""
        func flushHan() {
            terms += han.filter { !hanStopCharacters.contains($0) }.map(String.init)
            for length in 2...3 where han.count >= length {
                for index in 0...(han.count - length) {
                    let gram = han[index..<index + length]
                    if gram.allSatisfy(hanStopCharacters.contains) { continue }
                    terms.append(String(gram))
                }
            }
            han.removeAll()
        }
        func flushWord() {
            if !word.isEmpty, !englishStopWords.contains(word) { terms.append(stem(word)) }
            word = ""
        }
        for character in folded {
            if isHan(character) {
                flushWord(); han.append(character)
            } else if character.isLetter || character.isNumber {
                flushHan(); word.append(character)
            } else if character == "'" || character == "’", !word.isEmpty {
                continue  // "what's" → "whats", a stop word; "it's" likewise
            } else {
                flushHan(); flushWord()
            }
        }
        flushHan(); flushWord()
        return terms
    }

    /// Folds English endings so forms of one word meet: teas → tea, brewed/brewing → brew,
    /// crystallize/crystallized/crystallizes → crystalliz, boxes → box, berries → berry.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return word }
        var stem = word
        if stem.hasSuffix("ies") {
            return String(stem.dropLast(3)) + "y"
        } else if stem.hasSuffix("ing"), stem.count >= 7 {
            stem.removeLast(3)
        } else if stem.hasSuffix("ed"), stem.count >= 6 {
            stem.removeLast(2)
        } else if stem.hasSuffix("es"), stem.count >= 5 {
            stem.removeLast(2)
        } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
            stem.removeLast()
        }
        if stem.hasSuffix("e"), stem.count > 4 { stem.removeLast() }
        return stem
    }

    static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2A6DF).contains(scalar.value)
    }

    /// Function characters that say nothing about what is asked (as unigrams; in n-grams they stay).
    static let hanStopCharacters: Set<Character> = Set("的了吗呢吧啊呀嘛么是个这那我你他她它们在就都也还和与或有没")

    static let englishStopWords: Set<String> = [
        "a", "an", "the", "is", "are", "am", "was", "be", "been", "do", "does", "did", "i", "me", "my", "you", "your",
        "we", "our", "it", "its", "it's", "this", "that", "these", "those", "to", "of", "in", "on", "at", "for", "and",
        "or", "with", "can", "could", "will", "would", "should", "shall", "may", "might", "what", "whats", "how", "hi",
        "hello", "hey", "please", "there", "any", "so", "if", "get", "one", "some", "about", "by", "from", "into",
        "up", "just", "really", "very", "much", "lot", "thing", "things", "itself", "they", "them", "us", "he", "she",
        "ok", "okay", "also", "too", "than", "then", "as", "which", "who", "when", "u", "r", "ur", "pls", "plz", "thx",
        "thanks", "guys", "lol", "go", "put", "need", "want", "know", "tell", "like", "use", "buy", "got", "im", "still",
    ]
}

import Guide

/// What a comment is, for choosing: a question about the catalog, chit-chat, or a question
/// about something else.
///
/// A question: it has a question mark (`?` `？`), a Chinese question word or particle (吗, 呢,
/// 什么, 怎么, 多少, 哪, 几, 是否, 有没有, 能不能 …), or opens with an English question word or
/// auxiliary (what, how, does, can …). About the catalog: it names a product, or the FAQ index
/// finds an entry for it (in any product) with confidence ≥ `catalogConfidence`. The terms returned are the ones the
/// FAQ search uses, so two wordings of one question merge.
public struct QuestionSense: Sendable {
    public enum Verdict: Sendable, Equatable {
        case question(Set<String>)
        case chitChat
        case offCatalog
    }

    public let index: FAQIndex

    public init(index: FAQIndex) { self.index = index }

    public func judge(_ text: String) -> Verdict {
        guard Self.looksLikeQuestion(text) else { return .chitChat }
        let match = index.best(question: text, productOnAir: nil)
        let about = (match.map { $0.confidence >= Self.catalogConfidence || $0.productNamed } ?? false) || index.namedProduct(in: text) != nil
        guard about else { return .offCatalog }
        let terms = Set(SearchTokenizer.terms(text)).subtracting(Self.fillerTerms)
        return .question(terms)
    }

    /// The FAQ confidence a question must reach, without naming a product, to count as about
    /// the catalog: higher than the answer threshold, so small talk sharing a word or two with
    /// an FAQ entry (主播今天吃饭了吗？ scores 0.23 against "can I eat crystallised honey") stays out.
    public static let catalogConfidence = 0.5

    public static func looksLikeQuestion(_ text: String) -> Bool {
        let folded = SearchTokenizer.fold(text)
        if folded.contains("?") { return true }
        if chineseMarkers.contains(where: { folded.contains($0) }) { return true }
        let first = folded.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map(String.init) ?? ""
        return englishOpeners.contains(first)
    }

    static let chineseMarkers = [
        "吗", "呢", "什么", "啥", "怎么", "怎样", "如何", "多少", "多久", "多大", "多长", "多重", "哪", "几", "为什么", "是否",
        "有没有", "能不能", "可不可以", "会不会", "是不是", "要不要", "好不好", "行不行",
    ]
    static let englishOpeners: Set<String> = [
        "what", "what's", "whats", "how", "how's", "when", "where", "which", "who", "whose", "why", "is", "are", "do", "does",
        "did", "can", "could", "will", "would", "should", "may", "has", "have", "any", "anyone",
    ]
    /// Terms that carry the asking, not the question, so they do not keep two wordings apart.
    static let fillerTerms: Set<String> = ["吗", "呢", "请问", "主播", "你好", "the", "a", "an", "is", "it", "this", "please"]
}

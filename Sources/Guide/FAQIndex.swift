import Foundation
import StandInCore

/// Finds the FAQ entry that answers a viewer's question, in Chinese or English, across the
/// whole catalog.
///
/// ```swift
/// let index = FAQIndex(catalog: catalog)
/// if let match = index.best(question: "开水直接冲可以吗？", productOnAir: "tea-01") {
///     print(match.productID, match.entry.answer)
/// }
/// ```
/// One BM25 document per FAQ entry: its question (counted twice: it is phrased like what
/// viewers ask), its answer and the product's name, as Han uni-, bi- and trigrams and English
/// words, after synonyms (`SynonymTable`: built-in groups plus the catalog's `synonyms:`) are
/// rewritten to one word. Which entries compete:
/// - a question that names a product (its id, or the most of its name's words) searches only
///   that product: the named product wins over the one on air;
/// - otherwise every product's entries compete, the product on air's scores weighted by
///   `onAirWeight`, so the product on screen wins a close call and another product's entry
///   wins only when it fits clearly better ("会结晶吗" while the tea is on air finds the honey);
///   `best` takes the product on air's entry whenever one is confident enough.
/// `confidence` (IDF-weighted share of the question's terms the entry holds, the product's own
/// name left out) decides whether the host answers: unlike BM25 it does not grow with the
/// question's length, and "is the tea organic?" does not pass just because it says "tea".
public struct FAQIndex: Sendable {
    /// One FAQ entry found for a question.
    public struct Match: Sendable, Equatable {
        public var productID: String
        /// Position in the product's `faq` list.
        public var entryIndex: Int
        public var entry: FAQEntry
        /// BM25 score times the on-air weight, for ranking.
        public var score: Double
        /// Share of the question's weight the entry covers, 0…1; compared with `threshold`.
        public var confidence: Double
        /// True when the question named the product (rather than it being on air or fitting best).
        public var productNamed: Bool
    }

    /// Calibrated on the tables in `Tests/GuideTests` and `bench/faq/paraphrases.tsv`: see
    /// docs/catalog.md for the spread of right answers and off-topic questions.
    public static let defaultThreshold = 0.2
    /// How much more the product on air's entries weigh when the question names no product.
    public static let onAirWeight = 1.6

    /// Matches below this confidence are not answered (the host says the check-later line).
    public var threshold: Double
    let catalog: Catalog
    let synonyms: SynonymTable
    /// (product index, entry index) per BM25 document.
    let entries: [(product: Int, entry: Int)]
    let entryIndex: BM25
    let productIndex: BM25
    /// Terms of each product's name without Han unigrams, for "the question names it".
    let nameTerms: [Set<String>]
    /// Every term of each product's name (Han unigrams too), left out of confidence.
    let productTerms: [Set<String>]
    /// Mistyped words → the catalog's words.
    let typos: TypoCorrector

    public init(catalog: Catalog, threshold: Double = FAQIndex.defaultThreshold) {
        self.catalog = catalog
        self.threshold = threshold
        let synonyms = SynonymTable(catalog: catalog)
        self.synonyms = synonyms
        func terms(_ text: String) -> [String] { SearchTokenizer.terms(text, synonyms: synonyms) }
        func termsOfName(_ text: String) -> [String] { SearchTokenizer.terms(text, synonyms: synonyms, concepts: false) }
        var entries: [(product: Int, entry: Int)] = []
        var documents: [[String]] = []
        var productDocuments: [[String]] = []
        for (p, product) in catalog.products.enumerated() {
            let name = termsOfName(product.name)
            var whole = name + product.sellingPoints.flatMap(terms)
            for (e, faq) in product.faq.enumerated() {
                let question = terms(faq.question), answer = terms(faq.answer)
                entries.append((p, e))
                documents.append(question + question + answer + name)
                whole += question + answer
            }
            productDocuments.append(whole)
        }
        self.entries = entries
        var aliases: [String: [String]] = [:]
        for (word, canonical) in synonyms.latinMembers where word.count >= 6 {
            aliases[SearchTokenizer.stem(word)] = SearchTokenizer.tokens(canonical)
        }
        typos = TypoCorrector(vocabulary: Set(productDocuments.joined()), aliases: aliases)
        entryIndex = BM25(documents: documents)
        productIndex = BM25(documents: productDocuments)
        productTerms = catalog.products.map { Set(termsOfName($0.name)) }
        nameTerms = catalog.products.map { product in
            Set(termsOfName(product.name).filter { term in !(term.count == 1 && SearchTokenizer.isHan(Character(term))) })
        }
    }

    /// How much a term weighs in confidence beside its IDF: a Han character alone says less
    /// than a word; a Han bigram no entry holds is often two words run together (买回, 这茶), so
    /// it weighs less than one an entry holds; an English word or a known bigram weighs 1.
    func confidenceWeight(_ term: String) -> Double {
        guard let first = term.first, SearchTokenizer.isHan(first) else { return 1 }
        if SearchTokenizer.onlyAsks(term) { return 0 }
        if term.count == 1 { return Self.hanCharacterWeight }
        return entryIndex.occurs(term) ? 1 : Self.unseenBigramWeight
    }

    static let hanCharacterWeight = 0.2
    static let unseenBigramWeight = 0.3

    /// The competing entries for `question`, best first (empty when no product has a FAQ).
    public func search(question: String, productOnAir: String?) -> [Match] {
        let terms = typos.corrected(SearchTokenizer.terms(question, synonyms: synonyms))
        let named = namedProductIndex(question: question, terms: terms, productOnAir: productOnAir)
        let confidenceTerms = terms.filter { !($0.count == 3 && $0.allSatisfy(SearchTokenizer.isHan)) }
        let onAir = productOnAir.flatMap { id in catalog.products.firstIndex { $0.id == id } }
        return entries.indices.compactMap { document -> Match? in
            let (p, e) = entries[document]
            if let named, p != named { return nil }
            // The product's own name says which product, not which entry: it does not count towards confidence.
            let asked = confidenceTerms.filter { !productTerms[p].contains($0) }
            let weight = named == nil && p == onAir ? Self.onAirWeight : 1
            let product = catalog.products[p]
            return Match(productID: product.id, entryIndex: e, entry: product.faq[e],
                         score: entryIndex.score(terms, document: document) { SearchTokenizer.onlyAsks($0) ? 0.3 : 1 } * weight,
                         confidence: entryIndex.coverage(asked, document: document, weight: confidenceWeight),
                         productNamed: named != nil)
        }.sorted { ($0.score, $0.confidence) > ($1.score, $1.confidence) }
    }

    /// The entry to air, else nil: the product on air first (its best entry when confident
    /// enough), then the best-ranked confident entry of any product. A named product's
    /// entries are the only ones searched.
    public func best(question: String, productOnAir: String?) -> Match? {
        let found = search(question: question, productOnAir: productOnAir).filter { $0.confidence >= threshold }
        return found.first { $0.productID == productOnAir } ?? found.first
    }
}

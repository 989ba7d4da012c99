import StandInCore

/// Finds the FAQ entry that answers a viewer's question, in Chinese or English.
///
/// ```swift
/// let index = FAQIndex(catalog: catalog)
/// if let match = index.best(question: "这个茶能放多久？", productOnAir: "tea-01") {
///     print(match.entry.answer)
/// }
/// ```
/// One BM25 document per FAQ entry: its question (counted twice: it is phrased like what
/// viewers ask), its answer and the product's name. The question is searched only within
/// one product: the one it names, else the one on air, else the product whose whole text
/// (name, selling points, FAQ) fits it best. Entries are ranked by BM25; `confidence`
/// (IDF-weighted share of the question's terms the entry contains, leaving out the product
/// name's terms) decides whether the host answers: unlike BM25 it does not grow with the
/// question's length, and "is the tea organic?" does not pass just because it says "tea".
public struct FAQIndex: Sendable {
    /// One FAQ entry found for a question.
    public struct Match: Sendable, Equatable {
        public var productID: String
        /// Position in the product's `faq` list.
        public var entryIndex: Int
        public var entry: FAQEntry
        /// BM25 score, for ranking within a product.
        public var score: Double
        /// Share of the question's weight the entry covers, 0…1; compared with `threshold`.
        public var confidence: Double
        /// True when the question named the product (rather than it being on air).
        public var productNamed: Bool
    }

    /// Calibrated on the demo tables (`Tests/GuideTests/Fixtures.swift`): the 38 paraphrased
    /// questions reach 0.175–1.0 (zh 0.175–1.0, en 0.375–1.0), off-topic ones at most 0.115.
    public static let defaultThreshold = 0.15

    /// Matches below this confidence are not answered (the host says the check-later line).
    public var threshold: Double
    let catalog: Catalog
    /// (product index, entry index) per BM25 document.
    let entries: [(product: Int, entry: Int)]
    let entryIndex: BM25
    let productIndex: BM25
    /// Terms of each product's name: Han bigrams and English words, for "the question names it".
    let nameTerms: [Set<String>]
    /// Every term of each product's name (Han unigrams too), left out of confidence.
    let productTerms: [Set<String>]

    public init(catalog: Catalog, threshold: Double = FAQIndex.defaultThreshold) {
        self.catalog = catalog
        self.threshold = threshold
        var entries: [(product: Int, entry: Int)] = []
        var documents: [[String]] = []
        var productDocuments: [[String]] = []
        for (p, product) in catalog.products.enumerated() {
            let name = SearchTokenizer.terms(product.name)
            var whole = name + product.sellingPoints.flatMap(SearchTokenizer.terms)
            for (e, faq) in product.faq.enumerated() {
                let question = SearchTokenizer.terms(faq.question), answer = SearchTokenizer.terms(faq.answer)
                entries.append((p, e))
                documents.append(question + question + answer + name)
                whole += question + answer
            }
            productDocuments.append(whole)
        }
        self.entries = entries
        entryIndex = BM25(documents: documents)
        productIndex = BM25(documents: productDocuments)
        productTerms = catalog.products.map { Set(SearchTokenizer.terms($0.name)) }
        nameTerms = catalog.products.map { product in
            Set(SearchTokenizer.terms(product.name).filter { term in
                !(term.count == 1 && term.unicodeScalars.first.map { SearchTokenizer.isHan(Character($0)) } == true)
            })
        }
    }

    /// The entries of the question's product, best first (empty when it has no FAQ).
    public func search(question: String, productOnAir: String?) -> [Match] {
        let terms = SearchTokenizer.terms(question)
        guard let (product, named) = resolveProduct(question: question, terms: terms, productOnAir: productOnAir) else { return [] }
        // The product's own name says which product, not which entry: it does not count towards confidence.
        let asked = terms.filter { !productTerms[product].contains($0) }
        return entries.indices.filter { entries[$0].product == product }.map { document in
            let (p, e) = entries[document]
            return Match(productID: catalog.products[p].id, entryIndex: e, entry: catalog.products[p].faq[e],
                         score: entryIndex.score(terms, document: document),
                         confidence: entryIndex.coverage(asked, document: document), productNamed: named)
        }.sorted { ($0.score, $0.confidence, -$0.entryIndex) > ($1.score, $1.confidence, -$1.entryIndex) }
    }

    /// The best entry when it is confident enough to air, else nil.
    public func best(question: String, productOnAir: String?) -> Match? {
        search(question: question, productOnAir: productOnAir).first.flatMap { $0.confidence >= threshold ? $0 : nil }
    }
}

import StandInCore

extension FAQIndex {
    /// The product a question names, if any.
    ///
    /// Named: the id appears in the question, or the most of a product's name terms do (Han
    /// bi- and trigrams such as 龙井 or 蜂蜜, English words such as "mug", after synonyms, so a
    /// catalog group `[明前龙井, 龙井茶]` names it too); a tie that includes the product on air
    /// goes to it, any other tie names nothing.
    func namedProductIndex(question: String, terms: [String], productOnAir: String?) -> Int? {
        let products = catalog.products
        let lowered = SearchTokenizer.fold(question)
        if let byID = products.firstIndex(where: { lowered.contains($0.id.lowercased()) }) { return byID }
        let asked = Set(terms)
        let overlaps = nameTerms.map { $0.intersection(asked).count }
        guard let most = overlaps.max(), most > 0 else { return nil }
        let named = overlaps.indices.filter { overlaps[$0] == most }
        if named.count == 1 { return named[0] }
        let onAir = productOnAir.flatMap { id in products.firstIndex { $0.id == id } }
        if let onAir, named.contains(onAir) { return onAir }
        return nil
    }

    /// The id of the product `question` names, if any (for captions and logs).
    public func namedProduct(in question: String) -> String? {
        let terms = typos.corrected(SearchTokenizer.terms(question, synonyms: synonyms))
        return namedProductIndex(question: question, terms: terms, productOnAir: nil).map { catalog.products[$0].id }
    }

    /// The product whose name, selling points and FAQ fit `question` best (nil when none shares a term).
    public func bestFittingProduct(question: String) -> String? {
        let terms = typos.corrected(SearchTokenizer.terms(question, synonyms: synonyms))
        let scores = catalog.products.indices.map { productIndex.score(terms, document: $0) }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return catalog.products[best].id
    }
}

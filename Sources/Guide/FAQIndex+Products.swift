import StandInCore

extension FAQIndex {
    /// The product a question is about, and whether the question named it.
    ///
    /// Named: the id appears in the question, or the most of a product's name terms do
    /// (Han bigrams such as 龙井 or 蜂蜜, English words such as "mug"); a tie that includes
    /// the product on air goes to it, any other tie names nothing. Otherwise the product on
    /// air; with none on air, the product whose name, selling points and FAQ fit best.
    func resolveProduct(question: String, terms: [String], productOnAir: String?) -> (index: Int, named: Bool)? {
        let products = catalog.products
        let lowered = question.lowercased()
        if let byID = products.firstIndex(where: { lowered.contains($0.id.lowercased()) }) { return (byID, true) }
        let asked = Set(terms)
        let overlaps = nameTerms.map { $0.intersection(asked).count }
        let onAir = productOnAir.flatMap { id in products.firstIndex { $0.id == id } }
        if let most = overlaps.max(), most > 0 {
            let named = overlaps.indices.filter { overlaps[$0] == most }
            if named.count == 1 { return (named[0], true) }
            if let onAir, named.contains(onAir) { return (onAir, true) }
        }
        if let onAir { return (onAir, false) }
        let scores = products.indices.map { productIndex.score(terms, document: $0) }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return (best, false)
    }

    /// The id of the product `question` names, if any (for captions and logs).
    public func namedProduct(in question: String) -> String? {
        guard let (index, named) = resolveProduct(question: question, terms: SearchTokenizer.terms(question),
                                                  productOnAir: nil), named else { return nil }
        return catalog.products[index].id
    }
}

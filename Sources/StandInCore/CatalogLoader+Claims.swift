extension Catalog {
    /// `category`, `special_use` and `offer_ends` of one product, each checked against what it may hold.
    ///
    /// ```yaml
    /// category: cosmetics          # food, cosmetics, apparel, appliance, health_food, other
    /// special_use: [whitening]     # cosmetics only: registrations held
    /// offer_ends: 2026-12-06 23:59 # when the current offer ends, channel time
    /// ```
    static func loadClaimFields(_ fields: YAMLMapping, into product: inout Product) throws {
        if let text = try fields.optionalString("category") {
            guard let category = ProductCategory(rawValue: text) else {
                let known = ProductCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw fields.error("category", "is '\(text)'; known categories: \(known)", at: fields.value("category"))
            }
            product.category = category
        }
        let uses = try fields.stringList("special_use", required: false, maxLength: 40)
        for (index, text) in uses.enumerated() {
            guard let use = SpecialUse(rawValue: text) else {
                let known = SpecialUse.allCases.map(\.rawValue).joined(separator: ", ")
                throw fields.error("special_use[\(index)]", "is '\(text)'; known special uses: \(known)",
                                   at: fields.value("special_use")?.sequence?[index])
            }
            if !product.specialUse.contains(use) { product.specialUse.append(use) }
        }
        if !uses.isEmpty, product.category != .cosmetics {
            throw fields.error("special_use", "is a cosmetics registration; set 'category: cosmetics' for this product")
        }
        if let text = try fields.optionalString("offer_ends", maxLength: 40) {
            guard let end = OfferEnd(parsing: text) else {
                throw fields.error("offer_ends", "is '\(text)'; write the end as YYYY-MM-DD HH:MM (channel time)",
                                   at: fields.value("offer_ends"))
            }
            product.offerEnds = end
        }
    }
}

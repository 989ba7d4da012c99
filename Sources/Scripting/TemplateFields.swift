import StandInCore

/// The names a persona template may use, and their values for one product.
///
/// Prices come only from catalog data, formatted without a currency sign so a template
/// says it in its own language (`只要{{price}}元`, `just ${{price}}`).
public enum TemplateFields {
    /// Every field a template may reference, with what it holds (for docs and errors).
    public static let known: [String: String] = [
        "name": "product name",
        "price": "price, e.g. 89 or 9.9",
        "list_price": "the struck-through price (empty when the product has none)",
        "saving": "list price minus price (empty when there is no list price)",
        "point": "one selling point (selling_point templates)",
        "currency_symbol": "¥, $, € … for the catalog's currency",
        "brand": "the persona's brand",
        "host": "the persona's display name",
        "stock": "units left, from the catalog's stock (empty when the catalog does not track it)",
        "offer_ends": "time the current offer ends, HH:MM, from the catalog's offer_ends (empty when none)",
        "offer_ends_date": "date the current offer ends, YYYY-MM-DD, from the catalog's offer_ends (empty when none)",
    ]

    /// The fields of texts that are not about one product (sign-off, catchphrases, the
    /// spoken disclosure): the persona's own.
    public static let personaOnly: [String: String] = known.filter { ["brand", "host"].contains($0.key) }

    /// Values of `personaOnly` for `persona`.
    public static func values(persona: Persona) -> [String: Any] {
        ["brand": persona.brand, "host": persona.displayName]
    }

    /// Values for `product`, with `point` the selling point a selling_point line presents.
    public static func values(product: Product, catalog: Catalog, persona: Persona, point: String?) -> [String: Any] {
        var values: [String: Any] = [
            "name": product.name,
            "price": product.price.text,
            "currency_symbol": catalog.currencySymbol,
            "brand": persona.brand,
            "host": persona.displayName,
        ]
        if let listPrice = product.listPrice {
            values["list_price"] = listPrice.text
            if listPrice > product.price {
                values["saving"] = Price(minorUnits: listPrice.minorUnits - product.price.minorUnits).text
            }
        }
        if let point { values["point"] = point }
        // Scarcity and urgency only from data: a literal count or deadline is blocked (`ClaimPatterns.scarcity`).
        if let stock = product.stock { values["stock"] = String(stock) }
        if let end = product.offerEnds {
            values["offer_ends"] = end.time
            values["offer_ends_date"] = end.date
        }
        return values
    }
}

/// A product the host presents, from the brand's catalog file.
public struct Product: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var price: Price
    /// The struck-through "was" price, when the product is discounted.
    public var listPrice: Price?
    public var sellingPoints: [String]
    /// Absolute path of the product image (PNG or JPEG).
    public var imagePath: String
    /// Where the product is defined, for error messages (`catalog.yaml:14`).
    public var source: SourceLocation
    /// Lines of the aired text fields, so a guardrail problem in one points at its line.
    public var textLines: TextLines = TextLines()
    /// Units left, when the catalog tracks stock; 0 is sold out. The only source of "only N left".
    public var stock: Int? = nil
    /// Questions viewers may ask and the answers the host may air (`faq:`, optional).
    public var faq: [FAQEntry] = []
    /// What kind of goods this is, for category claim rules; nil when the catalog does not say
    /// (then every category restriction applies).
    public var category: ProductCategory? = nil
    /// Special-use cosmetics registrations the product holds (cosmetics only).
    public var specialUse: [SpecialUse] = []
    /// When the current offer ends; the only source of a countdown the host may say.
    public var offerEnds: OfferEnd? = nil

    public init(id: String, name: String, price: Price, listPrice: Price?, sellingPoints: [String],
                imagePath: String, source: SourceLocation, textLines: TextLines = TextLines()) {
        self.id = id; self.name = name; self.price = price; self.listPrice = listPrice
        self.sellingPoints = sellingPoints; self.imagePath = imagePath; self.source = source
        self.textLines = textLines
    }

    /// 1-based lines of `name` and of each selling point (nil when unknown).
    public struct TextLines: Sendable, Equatable {
        public var name: Int?
        public var sellingPoints: [Int?]
        public init(name: Int? = nil, sellingPoints: [Int?] = []) { self.name = name; self.sellingPoints = sellingPoints }
    }

    /// Where selling point `index` is written (its own line when known, else the product's).
    public func sellingPointSource(_ index: Int) -> SourceLocation {
        let line = index < textLines.sellingPoints.count ? textLines.sellingPoints[index] : nil
        return SourceLocation(file: source.file, line: line ?? source.line)
    }

    /// Where the name is written.
    public var nameSource: SourceLocation { SourceLocation(file: source.file, line: textLines.name ?? source.line) }
}

/// A brand's products and the currency they are priced in.
public struct Catalog: Sendable, Equatable {
    /// ISO 4217 code, e.g. `CNY`, `USD`.
    public var currency: String
    public var products: [Product]
    public var file: String
    /// The brand's synonym groups for FAQ search (`synonyms:`), added to the built-in ones.
    public var synonyms: [SynonymGroup] = []
    /// The locale prices are written in (`locale:`, e.g. `zh_CN`); nil for the default of `PriceFormat`.
    public var locale: String?

    /// How the card writes this catalog's prices.
    public var priceFormat: PriceFormat { PriceFormat(currency: currency, locale: locale) }

    public init(currency: String, products: [Product], file: String) {
        self.currency = currency; self.products = products; self.file = file
    }

    public func product(id: String) -> Product? { products.first { $0.id == id } }

    /// The sign a template may speak or write before a price (`{currency_symbol}`); the card
    /// formats prices with `priceFormat`.
    public var currencySymbol: String {
        switch currency {
        case "CNY", "JPY": "¥"
        case "USD", "CAD", "AUD", "HKD", "SGD": "$"
        case "EUR": "€"
        case "GBP": "£"
        default: currency + " "
        }
    }
}

/// A place in a user's file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public init(file: String, line: Int?) { self.file = file; self.line = line }
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

import Foundation
import Yams

extension Catalog {
    /// Loads and validates a catalog YAML file. Image paths are resolved against the file's
    /// folder and must exist.
    ///
    /// ```yaml
    /// currency: CNY
    /// products:
    ///   - id: tea-01
    ///     name: 明前龙井
    ///     price: 89
    ///     list_price: 129
    ///     selling_points: [当季新茶, 手工炒制]
    ///     image: images/tea-01.png
    ///     faq:
    ///       - q: 这个茶能放多久？
    ///         a: 密封好放在阴凉处，十八个月都没问题。
    /// ```
    public static func load(from path: String) throws -> Catalog {
        let file = try YAMLFile(path: path)
        let root = try YAMLMapping(file.root, file: path, context: nil, what: "")
        let currency = try root.optionalString("currency") ?? "CNY"
        guard currency.count == 3, currency.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
            throw root.error("currency", "must be a three-letter code like CNY or USD, got '\(currency)'")
        }
        let locale = try root.optionalString("locale")
        if let locale, locale.isEmpty || locale.count > 20 || !locale.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            throw root.error("locale", "must be a locale like zh_CN or en_US, got '\(locale)'")
        }
        guard let productsNode = root.value("products") else { throw root.error("products", "is missing") }
        guard let items = productsNode.sequence else { throw root.error("products", "must be a list", at: productsNode) }
        let synonyms = try loadSynonyms(root)
        try root.finish()

        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var products: [Product] = []
        for (index, item) in items.enumerated() {
            let product = try loadProduct(item, index: index, file: path, folder: folder)
            if let earlier = products.first(where: { $0.id == product.id }) {
                throw FileError(file: path, line: product.source.line, context: "product '\(product.id)'", field: "id",
                                problem: "is used twice (first at line \(earlier.source.line ?? 0))")
            }
            products.append(product)
        }
        if products.isEmpty { throw root.error("products", "must list at least one product") }
        var catalog = Catalog(currency: currency, products: products, file: path)
        catalog.synonyms = synonyms
        catalog.locale = locale
        try checkMinorUnits(catalog)
        return catalog
    }

    /// A zero-decimal currency (JPY, KRW) takes whole prices only: "9.5" yen would be shown rounded.
    private static func checkMinorUnits(_ catalog: Catalog) throws {
        guard catalog.priceFormat.fractionDigits == 0 else { return }
        for product in catalog.products {
            for (field, price) in [("price", product.price), ("list_price", product.listPrice)] where (price?.minorUnits ?? 0) % 100 != 0 {
                throw FileError(file: catalog.file, line: product.source.line, context: "product '\(product.id)'", field: field,
                                problem: "(\(price!.text)) has a fraction, but \(catalog.currency) prices are whole amounts")
            }
        }
    }

    private static func loadProduct(_ node: Node, index: Int, file: String, folder: URL) throws -> Product {
        let idGuess = node.mapping?["id"]?.string
        let context = idGuess.map { "product '\($0)'" } ?? "product #\(index + 1)"
        let fields = try YAMLMapping(node, file: file, context: context, what: "")
        let id = try fields.string("id", maxLength: YAMLLimits.maxNameCharacters)
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw fields.error("id", "may hold only letters, digits, '-' and '_', got '\(id)'")
        }
        let price = try fields.price("price", required: true)!
        let listPrice = try fields.price("list_price", required: false)
        if let listPrice, listPrice < price {
            throw fields.error("list_price", "(\(listPrice.text)) must not be below price (\(price.text))")
        }
        let imageName = try fields.string("image")
        let imagePath = imageName.hasPrefix("/") ? imageName : folder.appendingPathComponent(imageName).path
        guard FileManager.default.isReadableFile(atPath: imagePath) else {
            throw fields.error("image", "file not found: \(imagePath)")
        }
        var product = Product(
            id: id, name: try fields.string("name", maxLength: YAMLLimits.maxNameCharacters), price: price, listPrice: listPrice,
            sellingPoints: try fields.stringList("selling_points", required: true, maxLength: YAMLLimits.maxLineCharacters),
            imagePath: imagePath, source: SourceLocation(file: file, line: node.mark?.line),
            textLines: Product.TextLines(name: fields.value("name")?.mark?.line,
                                         sellingPoints: fields.value("selling_points")?.sequence?.map { $0.mark?.line } ?? []))
        product.stock = try fields.optionalInt("stock", in: 0...1_000_000_000)
        product.faq = try loadFAQ(fields)
        try loadClaimFields(fields, into: &product)
        if product.sellingPoints.isEmpty { throw fields.error("selling_points", "must list at least one point") }
        try fields.finish()
        return product
    }
}

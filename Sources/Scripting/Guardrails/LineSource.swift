import StandInCore

/// Where an aired line came from, so a blocked line can be traced to what to fix.
public enum LineSource: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A persona template: `field` is `greeting` or `templates.offer`, `variant` is 1-based,
    /// `product` the product it was rendered for (nil when rendered without one).
    case template(field: String, variant: Int, location: SourceLocation, product: String?)
    /// A catalog field aired as text: `name`, `selling_points[1]`.
    case catalog(product: String, field: String, location: SourceLocation)
    /// Text typed by the operator at run time.
    case operatorText

    /// The file and line to fix, when there is one.
    public var location: SourceLocation? {
        switch self {
        case .template(_, _, let location, _), .catalog(_, _, let location): location
        case .operatorText: nil
        }
    }

    /// `templates.offer variant 2 for product 'tea-01'`, `product 'tea-01' selling_points[0]`.
    public var description: String {
        switch self {
        case let .template(field, variant, _, product):
            "\(field) variant \(variant)" + (product.map { " for product '\($0)'" } ?? "")
        case let .catalog(product, field, _): "product '\(product)' \(field)"
        case .operatorText: "operator text"
        }
    }

    /// The same source rendered for `product`.
    func rendered(for product: String?) -> LineSource {
        guard case let .template(field, variant, location, _) = self else { return self }
        return .template(field: field, variant: variant, location: location, product: product)
    }
}

import Foundation

/// How a catalog's prices are written on the card: Foundation's currency formatter (ICU's
/// data) for the catalog's currency and locale.
///
/// A whole amount has no fraction ("¥89", "$12"); any other has the currency's digits
/// ("$12.50", "¥89.90", "€7.05"); a zero-decimal currency (JPY, KRW) has none ("¥1,200").
///
///     PriceFormat(currency: "USD", locale: nil).string(Price(minorUnits: 1250))  // "$12.50"
public struct PriceFormat: Sendable, Equatable {
    public var currency: String
    /// The locale's identifier: the catalog's `locale:`, else `en_` and the currency's
    /// country (`en_US` for USD, `en_CN` for CNY), which writes the local sign (¥ not CN¥).
    public var locale: String

    public init(currency: String, locale: String?) {
        self.currency = currency
        self.locale = locale ?? "en_\(currency.prefix(2))"
    }

    /// `price` as shown on the card.
    public func string(_ price: Price) -> String {
        let formatter = self.formatter()
        if price.minorUnits % 100 == 0 { formatter.minimumFractionDigits = 0; formatter.maximumFractionDigits = 0 }
        let amount = Decimal(price.minorUnits) / 100
        return formatter.string(from: amount as NSDecimalNumber) ?? "\(currency) \(price.text)"
    }

    /// The currency's minor-unit digits by ICU's data: 2 for USD or CNY, 0 for JPY or KRW.
    public var fractionDigits: Int {
        let formatter = self.formatter()
        guard let text = formatter.string(from: 1.25), let separator = formatter.currencyDecimalSeparator ?? formatter.decimalSeparator,
              let range = text.range(of: separator) else { return 0 }
        return text[range.upperBound...].prefix { $0.isNumber }.count
    }

    private func formatter() -> NumberFormatter {
        let formatter = NumberFormatter()
        formatter.numberStyle = .currency
        formatter.locale = Locale(identifier: locale)
        formatter.currencyCode = currency
        return formatter
    }
}

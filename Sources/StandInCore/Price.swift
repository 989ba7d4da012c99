/// A price in minor units (fen, cents), parsed without floating point.
public struct Price: Sendable, Equatable, Comparable, Hashable {
    /// Hundredths of the currency unit.
    public var minorUnits: Int

    public init(minorUnits: Int) { self.minorUnits = minorUnits }

    /// Parses `89`, `9.9`, `12.99`; nil for `9,9`, negatives, or more than two decimals.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              let whole = Int(parts[0]), whole < 100_000_000 else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            cents = Int(fraction.count == 1 ? fraction + "0" : fraction)!
        }
        minorUnits = whole * 100 + cents
    }

    /// `89`, `9.9`, `12.99`: the shortest exact decimal.
    public var text: String {
        let whole = minorUnits / 100, cents = minorUnits % 100
        if cents == 0 { return "\(whole)" }
        if cents % 10 == 0 { return "\(whole).\(cents / 10)" }
        return "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: Price, b: Price) -> Bool { a.minorUnits < b.minorUnits }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

import Foundation

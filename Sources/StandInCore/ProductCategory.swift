/// What kind of goods a product is, for the claim rules that depend on it (`category:` in the catalog).
///
/// Ordinary food may not claim to prevent or treat disease nor any health function; only
/// registered health food (`health_food`) may state health functions; cosmetics may not claim
/// medical effects, and special-use claims (whitening, sunscreen …) only with `special_use`.
public enum ProductCategory: String, Sendable, CaseIterable, Hashable {
    case food, cosmetics, apparel, appliance
    case healthFood = "health_food"
    case other
}

/// A special-use cosmetics registration (特殊化妆品注册) a product holds; a claim of that use
/// airs only when the catalog lists it (`special_use: [whitening]`).
public enum SpecialUse: String, Sendable, CaseIterable, Hashable {
    case whitening, sunscreen
    case hairDye = "hair_dye"
    case perm
    case antiHairLoss = "anti_hair_loss"
}

/// When a product's current offer ends, as the catalog writes it (`offer_ends: 2026-12-06 23:59`).
public struct OfferEnd: Sendable, Equatable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// `HH:MM`, 24-hour clock, in the channel's time zone.
    public var time: String
    public init(date: String, time: String) { self.date = date; self.time = time }

    /// Parses `YYYY-MM-DD HH:MM` (a `T` also separates); nil when the text is not that.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard parts[0].count == 10, day.count == 3, (1...12).contains(day[1]), (1...31).contains(day[2]),
              clock.count == 2 || clock.count == 3, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else { return nil }
        date = parts[0]
        time = String(format2(clock[0])) + ":" + format2(clock[1])
    }
}

private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

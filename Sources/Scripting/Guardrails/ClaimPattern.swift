import Foundation
import StandInCore

/// What the category rules know about the product a line is about.
public struct ProductClaimContext: Sendable, Equatable {
    /// nil: not stated (every category restriction applies).
    public var category: ProductCategory?
    public var specialUse: Set<SpecialUse>

    public init(category: ProductCategory? = nil, specialUse: Set<SpecialUse> = []) {
        self.category = category; self.specialUse = specialUse
    }

    public init(_ product: Product) {
        self.init(category: product.category, specialUse: Set(product.specialUse))
    }

    /// A line about no particular product (operator text, a persona's own lines).
    public static let unknown = ProductClaimContext()
}

/// A rule written as a pattern over normalised text: a family of claims, not one word.
///
/// ```swift
/// ClaimPattern("superlative.zh.scope", .absoluteClaim, #"(?:全网|全国)(?:最|第一)"#,
///              reason: "ranks the product against all others (art. 9(3))")
/// ```
/// `applies` decides, per product, whether the pattern is a violation at all (health claims
/// are allowed to registered health food, whitening to a product registered for it).
struct ClaimPattern: Sendable {
    let id: String
    let rule: GuardrailRule
    let expression: NSRegularExpression
    let reason: String
    let applies: @Sendable (ProductClaimContext) -> Bool
    /// Which letters a match must contain (from the id's `.zh`/`.en` suffix): a line without
    /// them is not searched, which halves the cost of a line in one language.
    let script: Script
    enum Script: Sendable { case han, latin, any }

    /// Whether `text` can hold a match at all (script and required text), before searching it.
    func mayMatch(_ text: NormalizedText) -> Bool {
        switch script {
        case .han: if !text.hasHan { return false }
        case .latin: if !text.hasLatin { return false }
        case .any: break
        }
        return requires.map { text.string.contains($0) } ?? true
    }

    /// Text a match must contain, for a pattern whose start could be any character.
    let requires: String?

    init(_ id: String, _ rule: GuardrailRule, _ pattern: String, reason: String, requires: String? = nil,
         applies: @escaping @Sendable (ProductClaimContext) -> Bool = { _ in true }) {
        self.id = id; self.rule = rule; self.reason = reason; self.applies = applies; self.requires = requires
        script = id.hasSuffix(".zh") ? .han : id.hasSuffix(".en") ? .latin : .any
        // Fixed patterns, every one exercised by the table tests.
        expression = try! NSRegularExpression(pattern: pattern, options: [])
    }
}

/// A meaning under which a matched claim word is not a claim (a time, an order, a purchase
/// limit, a preference, a usage tip, a self-comparison, a negation).
struct ClaimExemption: Sendable {
    let id: String
    let expression: NSRegularExpression
    let reason: String
    /// The rules this meaning can clear (a purchase limit clears 最多, never a health claim).
    let clears: @Sendable (GuardrailRule) -> Bool

    init(_ id: String, _ pattern: String, reason: String,
         clears: @escaping @Sendable (GuardrailRule) -> Bool = { $0 == .absoluteClaim }) {
        self.id = id; self.reason = reason; self.clears = clears
        expression = try! NSRegularExpression(pattern: pattern, options: [])  // fixed, covered by tests
    }
}

extension NormalizedText {
    /// Matches of `expression` in the folded line, as scalar ranges.
    func matches(of expression: NSRegularExpression) -> [Range<Int>] {
        let text = string
        let results = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return results.compactMap { result in
            guard let lower = scalarIndex(utf16: result.range.location),
                  let upper = scalarIndex(utf16: result.range.location + result.range.length),
                  upper > lower else { return nil }
            return lower..<upper
        }
    }
}

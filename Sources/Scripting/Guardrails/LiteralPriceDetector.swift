import Foundation

/// Finds prices written as numbers in template or catalog text (“只要99元”, “just $19.99”,
/// “原价129”): prices are aired only from catalog fields (`{{price}}`, `{{list_price}}`,
/// `{{saving}}`), so a literal one would go stale the day the price changes.
///
/// Template tags are blanked first, so `原价{{list_price}}元` is fine. Quantities (五百克,
/// "two meters", 只要3分钟) are not prices: a bare number counts only next to a currency
/// sign or unit, or right after a price word with nothing but punctuation after it.
enum LiteralPriceDetector {
    /// The price-like phrases in `text`, as written.
    static func prices(in text: String) -> [String] {
        let blanked = text.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: "\u{FFFC}", options: .regularExpression)
        let folded = String(String.UnicodeScalarView(blanked.unicodeScalars.map { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) && scalar != "￥" ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
        }))
        let whole = NSRange(folded.startIndex..., in: folded)
        var found: [String] = []
        for expression in expressions {
            for match in expression.matches(in: folded, range: whole) {
                let phrase = String(folded[Range(match.range, in: folded)!])
                if isPromotionTerm(match.range, in: folded) { continue }
                if !found.contains(where: { $0.contains(phrase) || phrase.contains($0) }) { found.append(phrase) }
            }
        }
        return found
    }

    /// Whether the clause holding `range` states a coupon, a spend threshold or a shipping term
    /// (领券立减十元, 满九十九包邮, "free shipping on orders over $35", "$5 off with the code"):
    /// those are terms of the promotion, stated as such, not the product's price.
    private static func isPromotionTerm(_ range: NSRange, in text: String) -> Bool {
        let string = text as NSString
        let separators = CharacterSet(charactersIn: "，。！？,.!?;；\n")
        var start = range.location, end = range.location + range.length
        while start > 0, let scalar = Unicode.Scalar(string.character(at: start - 1)), !separators.contains(scalar) { start -= 1 }
        while end < string.length, let scalar = Unicode.Scalar(string.character(at: end)), !separators.contains(scalar) { end += 1 }
        let clause = string.substring(with: NSRange(location: start, length: end - start))
        return promotion.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)) != nil
    }

    private static let promotion = try! NSRegularExpression(  // fixed pattern, covered by tests
        pattern: "券|满\\s*[0-9一二两三四五六七八九十百千]+|包邮|运费|邮费|免邮|\\b(?:coupons?|vouchers?|promo code|code|shipping|delivery)\\b|\\borders? (?:over|above|of)\\b|\\bspend\\b",
        options: [.caseInsensitive])

    /// Compiled once (compiling on every call was most of this check's cost).
    private static let expressions: [NSRegularExpression] = patterns.map {
        try! NSRegularExpression(pattern: $0, options: [.caseInsensitive])  // fixed patterns, covered by tests
    }

    private static let number = #"\d+(?:\.\d+)?"#
    private static let hanNumber = "[零一二两三四五六七八九十百千万]+"
    private static let wordNumber = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
        + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"

    private static let patterns: [String] = [
        "[¥￥$€£]\\s*\(number)",
        "(?:\(number)|\(hanNumber))\\s*(?:元|块钱|圆)",
        "\(number)\\s*(?:块|毛|角)",
        "\\b\(number)\\s*(?:dollars?|bucks|usd|cny|rmb|yuan|euros?|pounds|cents)\\b",
        "\\b\(wordNumber)(?:[ -]\(wordNumber))*\\s+(?:dollars?|bucks|euros?|pounds|cents|yuan)\\b",
        "(?:原价|现价|售价|价格|只要|仅需|只需|仅售|到手价?|秒杀价|特价|优惠价|券后价?|立省|立减|直降)\\s*[是为:：]?\\s*\(number)(?![\\d\\p{Han}A-Za-z])",
        "\\b(?:just|only|price|priced at|costs?|for|save|was|now|at)\\s+\\d+\\.\\d{2}\\b",
    ]
}

import Foundation

/// What a phrasing asks about when no single word says it: an amount with a unit asks about
/// weight or capacity, an age asks whether it suits children, a span of months after "keep"
/// asks about shelf life, ice or a night in the fridge beside "brew" asks about cold brewing,
/// letting boiled water cool asks about temperature. Each match adds the concept's word to the
/// text (which the synonym groups then read as their own), so a question and an FAQ entry
/// phrased differently meet on it. General shopping phrasings, zh and en; nothing here names a
/// product or a catalog's wording.
///
/// ```swift
/// PhrasingConcepts.annotate("ok for my 3yo")      // "ok for my 3yo 孩子"
/// PhrasingConcepts.annotate("一罐多少g")            // "一罐多少g 重量"
/// ```
enum PhrasingConcepts {
    /// A concept: any one of `patterns` in the folded text adds `adds`; `alsoNeeds`, when set,
    /// must match too (a cold drink is cold brewing only when brewing is asked about).
    struct Concept: Sendable {
        let patterns: NSRegularExpression
        let alsoNeeds: NSRegularExpression?
        let adds: String

        init(_ pattern: String, alsoNeeds: String? = nil, adds: String) {
            // Fixed patterns, each exercised by PhrasingConceptsTests.
            patterns = try! NSRegularExpression(pattern: pattern)
            self.alsoNeeds = alsoNeeds.map { try! NSRegularExpression(pattern: $0) }
            self.adds = adds
        }

        func holds(in text: String) -> Bool {
            let range = NSRange(text.startIndex..., in: text)
            guard patterns.firstMatch(in: text, range: range) != nil else { return false }
            return alsoNeeds.map { $0.firstMatch(in: text, range: range) != nil } ?? true
        }
    }

    static let amount = "(?:[0-9]+(?:\\.[0-9]+)?|多少|几|半)\\s?"
    static let concepts: [Concept] = [
        Concept(amount + "(?:g|kg|克|公斤|千克|斤|grams?|kilos?|lbs?|pounds?)(?![a-z])|\\bhow (?:much|many grams)\\b.*\\b(?:in|per) (?:a|one|the|each) (?:can|tin|jar|pack|bag|box)\\b",
                adds: "重量"),
        Concept(amount + "(?:ml|l|cc|毫升|升|oz|ounces?|fl\\.? ?oz)(?![a-z])|\\bhow many (?:oz|ounces|ml|cups)\\b|装得下|装不下|装得了|装不了|倒进去|能装|\\bfit (?:a|in|inside)\\b|\\bhold (?:a|how)\\b",
                adds: "容量"),
        Concept("多大|\\bhow (?:big|large|tall)\\b", alsoNeeds: "杯|壶|瓶|罐|碗|锅|盒|\\b(?:mug|cup|bottle|flask|jar|tumbler|kettle|pot|bowl)s?\\b", adds: "容量"),
        Concept("\\b(?:how|best way|ways?|what|ideas?|recipes?|tips?|when)\\b.{0,16}\\b(?:use|using|eat|eating|enjoy|have|take|serve|drink|drinking)\\b|怎么(?:用|吃|喝|食用|服用)|用法|吃法|喝法|(?:空腹|睡前|饭前|饭后|早上|晚上|什么时候|几点)\\p{Han}{0,2}?(?:喝|吃|用|服用)", adds: "食用"),
        Concept("(?:[0-9]+|[一二两三四五六七八九十半]+)\\s?(?:岁|周岁|个月大)|\\b[0-9]+\\s?(?:yo|y/o|yrs? old|years? old|months? old|mos? old)\\b|\\b(?:toddler|newborn|preschooler)s?\\b",
                adds: "孩子"),
        Concept("(?:放|存|搁|囤|存放|保存|放了|买回去放)\\p{Han}{0,2}?(?:半年|一年|两年|几年|[0-9]+年|[0-9一二两三四五六七八九十几半]+个?月|[0-9一二两三四五六七八九十几]+天|多久|很久|好久)|(?:半年|一年|[0-9]+年|几年|个月|多久|很久)\\p{Han}{0,4}?还(?:能|可以)(?:喝|吃|用)|\\b(?:stale|go(?:es)? off|still (?:good|fresh|drinkable|ok|okay)|how long (?:till|until|before)|keep for)\\b",
                adds: "保质期"),
        Concept("冰的|冰镇|冰水|冰块|冷水|凉水|凉白开|矿泉水|常温水|瓶装水|冰箱|过夜|一晚上|一整晚|一夜|\\b(?:iced|ice|cold|chilled|overnight|fridge|bottled water|room temperature)\\b",
                alsoNeeds: "泡|冲|沏|\\b(?:brew|brewing|steep|steeping|make|tea)\\b|龙井|茶", adds: "冷泡"),
        Concept("晾|放凉|凉一会|凉一下|降温|烧开|滚水|开水|沸水|\\b(?:kettle|just boiled|boiling|cool (?:down|off)|let it cool)\\b",
                alsoNeeds: "泡|冲|沏|倒|装|苦|涩|\\b(?:brew|steep|pour|poured|make|bitter)\\b", adds: "温度"),
        Concept("羊毛|羊绒|混纺|腈纶|涤纶|锦纶|纯棉|棉的|真丝|蚕丝|亚麻|化纤|皮的|真皮|\\b(?:wool|woolen|acrylic|cotton|polyester|nylon|cashmere|silk|linen|blend|synthetic|merino|leather|ceramic|porcelain|plastic|glass|steel)\\b",
                adds: "材质"),
        Concept("哪个(?:省|地方|国家|城市|产区)|哪(?:里|儿)的|\\bwhich (?:province|region|country|city|state|area|part of)\\b|\\bwhere(?:'s| is| are)? (?:it|they|this|that) (?:from|made)\\b", adds: "产地"),
        Concept("泡面|方便面|\\b(?:cup noodles|instant noodles|ramen|hot chocolate|hot cocoa)\\b", adds: "热水"),
        Concept("苦|涩|\\bbitter\\b", alsoNeeds: "泡|冲|沏|\\b(?:brew|steep)\\b", adds: "冲泡"),
    ]

    /// `folded` with the word of every concept its phrasing asks about appended.
    static func annotate(_ folded: String) -> String {
        let added = concepts.filter { $0.holds(in: folded) }.map(\.adds)
        return added.isEmpty ? folded : folded + " " + added.joined(separator: " ")
    }
}

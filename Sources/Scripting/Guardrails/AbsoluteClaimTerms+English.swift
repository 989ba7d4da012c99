/// The English counterpart of the art. 9 set: superlatives, rankings, guarantees and cure
/// claims, matched as whole words; see docs/persona.md, "Guardrails", for the exemptions.
extension AbsoluteClaimTerms {
    static let englishRules: [String] = [
        "best", "the best", "world's best", "bestseller", "best-seller", "best seller", "best-selling",
        "no. 1", "no.1", "number one", "number 1", "#1", "top 1",
        "guaranteed", "100%", "one hundred percent", "hundred percent",
        "cure", "cures", "cure-all", "miracle", "miraculous", "world's first", "first ever", "first-ever",
        "unbeatable", "unrivaled", "unrivalled", "unmatched", "unparalleled", "ultimate", "greatest", "finest",
        "lowest price", "lowest price ever", "lowest prices", "cheapest", "risk-free", "risk free",
        "most popular", "most trusted", "most effective", "most advanced", "highest quality", "highest-quality",
        "industry-leading", "industry leading", "market leader",
    ]

    static let englishExemptions: [String] = {
        // Greetings and idioms: "best regards", "at best", "do our best" (an aim, not a claim).
        var words = ["best regards", "best wishes", "all the best", "at best", "at its best", "do my best", "do our best",
                     "try my best", "try our best", "doing our best", "doing my best"]
        // Usage and storage tips: "best before", "best enjoyed within a month", "best served hot", "it's best to".
        words += ["best before", "the best before", "best-before", "best by", "best enjoyed", "best served",
                  "best brewed", "best kept", "best stored", "best to", "it's best", "it is best"]
        // Ordinals in instructions: "step number one".
        words += ["step number one", "tip number one", "step no. 1", "step #1"]
        // Fibre and juice content: "100% cotton" is a measured composition.
        for material in ["cotton", "wool", "merino wool", "silk", "linen", "cashmere", "polyester", "leather", "juice"] {
            words += ["100% \(material)", "100%\(material)", "one hundred percent \(material)"]
        }
        return words
    }()
}

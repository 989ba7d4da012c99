/// The built-in absolute-claim rule set, zh and en together: a Mandarin host may show
/// "No.1" and an English one may quote 第一, so both sets apply to every persona.
enum AbsoluteClaimTerms {
    static var rules: [String] { chineseRules + englishRules }
    static var exemptions: [String] { chineseExemptions + englishExemptions }
}

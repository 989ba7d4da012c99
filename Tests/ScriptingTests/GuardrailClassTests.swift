import Testing
import StandInCore
@testable import Scripting

/// The guardrails by class, both directions, zh and en (`GuardrailCases`).
@Suite("Guardrails: classes of claims and exemptions")
struct GuardrailClassTests {
    let checker = GuardrailChecker(Guardrails(), language: .zh)

    func review(_ line: GuardrailCase) -> GuardrailReview {
        checker.review(line.text, source: .operatorText, product: ProductClaimContext(category: line.category, specialUse: line.uses))
    }

    @Test(arguments: GuardrailCases.disguised) func disguisedForms(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.claims) func claimFamilies(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.healthClaims) func healthByCategory(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.guarantees) func guaranteesOfResults(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.scarcityLines) func literalScarcity(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.clean) func exemptionsByMeaning(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.outcomes) func outcomesEndorsementsAndDisparagement(line: GuardrailCase) { decide(line) }
    @Test(arguments: GuardrailCases.outcomeExemptions) func adviceHabitsRangesAndDeclinedClaims(line: GuardrailCase) { decide(line) }

    private func decide(_ line: GuardrailCase) {
        let found = review(line).violations
        if let rule = line.expected {
            // "a|b": either rule may report it (a disease word is also a declined medical topic).
            let rules = rule.split(separator: "|").map(String.init)
            #expect(found.contains { rules.contains($0.rule.id) }, "\(line) → \(found.map(\.explained))")
        } else {
            #expect(found.isEmpty, "\(line) → \(found.map(\.explained))")
        }
    }

    /// The confusion numbers over the whole table, printed for the report.
    @Test func confusionOverTheTable() {
        var blockedBad = 0, passedBad = 0, blockedClean = 0, passedClean = 0
        for line in GuardrailCases.all {
            let blocked = !review(line).passes
            switch (line.expected != nil, blocked) {
            case (true, true): blockedBad += 1
            case (true, false): passedBad += 1
            case (false, true): blockedClean += 1
            case (false, false): passedClean += 1
            }
        }
        print("guardrail table: must-block \(blockedBad + passedBad) (blocked \(blockedBad), passed \(passedBad)); "
              + "must-pass \(blockedClean + passedClean) (passed \(passedClean), blocked \(blockedClean))")
        #expect(passedBad == 0 && blockedClean == 0)
    }

    @Test func reasonsQuoteTheLineAsWritten() throws {
        let found = checker.check("這是頂級的烏龍茶。", source: .operatorText)
        let hit = try #require(found.first)
        #expect(hit.phrase == "頂級")
        #expect(!hit.reason.isEmpty)
        let spaced = checker.check("行 业 第 一 的面膜。", source: .operatorText)
        #expect(spaced.contains { $0.phrase == "第 一" || $0.phrase == "行 业 第 一" }, "\(spaced)")
        let wide = checker.check("同类ＴＯＰ１。", source: .operatorText)
        #expect(wide.contains { $0.phrase.contains("ＴＯＰ１") }, "\(wide)")
    }

    @Test func clearedWordsSayWhy() {
        let review = checker.review("每位顾客最多购买三件。", source: .operatorText)
        #expect(review.passes)
        #expect(review.cleared.contains { $0.phrase.contains("最多") && $0.reason.contains("limit") }, "\(review.cleared)")
        let tip = checker.review("Check the best-before date on the lid.", source: .operatorText)
        #expect(tip.passes && tip.cleared.contains { $0.exemption.lowercased().contains("best-before") }, "\(tip.cleared)")
    }

    @Test func categoryComesFromTheCatalogProductNamedBySource() {
        var cream = Product(id: "cream", name: "晶透精华", price: Price(minorUnits: 9900), listPrice: nil, sellingPoints: ["美白淡斑"],
                            imagePath: "/x.png", source: SourceLocation(file: "c.yaml", line: 3))
        cream.category = .cosmetics
        var plain = cream
        plain.id = "plain"
        cream.specialUse = [.whitening]
        let catalog = Catalog(currency: "CNY", products: [cream, plain], file: "c.yaml")
        let checker = GuardrailChecker(Guardrails(), language: .zh, catalog: catalog)
        let here = SourceLocation(file: "c.yaml", line: 5)
        #expect(checker.check("美白淡斑", source: .catalog(product: "cream", field: "selling_points[0]", location: here)).isEmpty)
        #expect(checker.check("美白淡斑", source: .catalog(product: "plain", field: "selling_points[0]", location: here))
            .allSatisfy { $0.rule == .specialUse(.whitening) })
        #expect(!checker.check("美白淡斑", source: .catalog(product: "plain", field: "selling_points[0]", location: here)).isEmpty)
        #expect(!checker.check("美白淡斑", source: .operatorText).isEmpty)  // no product: every restriction applies
    }
}

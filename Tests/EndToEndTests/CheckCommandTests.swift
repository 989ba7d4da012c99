import Foundation
import Testing
import TestSupport

/// `standin check` as compliance staff run it: the real binary on real persona and catalog files.
@Suite("standin check")
struct CheckCommandTests {
    let persona = repositoryPath("personas/xiaolin.yaml")

    @Test func aFileOfLinesGivesPassAndBlockWithRulePhraseAndReason() throws {
        let folder = try TemporaryFolder()
        let lines = try folder.write("lines.txt", """
            # comments and empty lines are skipped

            這是頂級的烏龍茶。
            每位顾客最多购买三件。
            We are the No. 1 selling kettle brand.
            """)
        let result = try run(standinBinary(), ["check", "--persona", persona, "--file", lines])
        #expect(result.status == 1, "\(result.stderr)")
        let out = result.stdoutText
        #expect(out.contains("BLOCK  line 3: 這是頂級的烏龍茶。"), "\(out)")
        #expect(out.contains("absolute-claim '頂級'"), "\(out)")
        #expect(out.contains("PASS   line 4: 每位顾客最多购买三件。"), "\(out)")
        #expect(out.contains("exempt '最多'"), "\(out)")
        #expect(out.contains("BLOCK  line 5"), "\(out)")
        #expect(out.contains("3 lines checked: 1 pass, 2 blocked"), "\(out)")
    }

    @Test func tsvHasSixFieldsAndCategoryRulesFollowTheProduct() throws {
        let folder = try TemporaryFolder()
        let catalog = try folder.write("c.yaml", try demoCatalogText("catalog.yaml")
            .replacingOccurrences(of: "name: 山花蜂蜜", with: "name: 山花蜂蜜\n    category: food"))
        let food = try run(standinBinary(), ["check", "--persona", persona, "--catalog", catalog, "--product", "honey-04", "--tsv",
                                             "每天一勺，增强免疫力。"])
        #expect(food.status == 1, "\(food.stderr)")
        let rows = food.stdoutText.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first == ["line", "decision", "rule", "phrase", "reason", "text"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 6 })
        #expect(rows.dropFirst().contains { $0[1] == "block" && $0[2] == "health-claim" && $0[3] == "免疫力" }, "\(rows)")
        let supplement = try run(standinBinary(), ["check", "--persona", persona, "--category", "health_food", "每天一勺，增强免疫力。"])
        #expect(supplement.status == 0, "\(supplement.stdoutText)")
    }

    @Test(arguments: [
        ["check", "--persona", "PERSONA"],                              // no line and no --file
        ["check", "--persona", "PERSONA", "--file", "/nonexistent/lines.txt"],
        ["check", "--persona", "PERSONA", "--category", "makeup", "ok"],
        ["check", "--persona", "PERSONA", "--product", "tea-01", "ok"],  // --product without --catalog
        ["check", "--persona", "PERSONA", "--no-such-flag", "ok"],
        ["check", "ok"],                                                // no persona
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try run(standinBinary(), arguments.map { $0 == "PERSONA" ? persona : $0 })
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.lowercased().contains("error"), "\(result.stderr)")
    }

    @Test func aCleanLinePassesWithStatusZero() throws {
        let result = try run(standinBinary(), ["check", "--persona", persona, "第一次喝的朋友可以少放一点茶叶。"])
        #expect(result.status == 0, "\(result.stdoutText)")
        #expect(result.stdoutText.contains("1 line checked: 1 pass, 0 blocked"))
    }
}

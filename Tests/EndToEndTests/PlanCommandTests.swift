import Foundation
import Testing
import TestSupport

/// The real `standin` binary planning and validating the demo channel.
@Suite("standin plan and channel validate")
struct PlanCommandTests {
    let channel = repositoryPath("assets/demo/channel.yaml")

    @Test func theDemoChannelPlansADayWithHumanAndVirtualBlocks() throws {
        let result = try run(standinBinary(), ["plan", "--channel", channel, "--from", "2026-03-09T00:00:00+08:00", "--hours", "24"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines[1].hasPrefix("local time"))
        #expect(lines.contains { $0.hasPrefix("Mon 2026-03-09 19:00:00  human") && $0.contains("host Lily") })
        #expect(lines.contains { $0.contains("virtual  handoff") })
        #expect(lines.contains { $0.hasPrefix("Mon 2026-03-09 12:00:00  virtual  flash_deal") })
        #expect(lines.contains { $0.hasPrefix("Mon 2026-03-09 23:00:00  virtual  welcome_back") })
    }

    @Test func jsonParsesAndIsTheSameForTheSameSeed() throws {
        let arguments = ["plan", "--channel", channel, "--from", "2026-03-14T18:00:00+08:00", "--hours", "12", "--json", "--seed", "5"]
        let first = try run(standinBinary(), arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: first.stdout) as? [String: Any])
        let segments = try #require(plan["segments"] as? [[String: Any]])
        #expect(plan["timeZone"] as? String == "Asia/Shanghai")
        let human = try #require(segments.first { $0["kind"] as? String == "human" })
        #expect(human["host"] as? String == "阿杰")
        #expect(human["startTime"] as? String == "2026-03-14T22:00:00+08:00")
        #expect(segments.contains { $0["kind"] as? String == "flash_deal" && $0["productID"] as? String == "honey-04" })
        #expect(try run(standinBinary(), arguments).stdout == first.stdout)
    }

    @Test func theDemoChannelValidates() throws {
        let result = try run(standinBinary(), ["channel", "validate", channel])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("ok"))
    }

    @Test func validateListsEveryProblemWithFileAndLine() throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOfFile: channel, encoding: .utf8)
            .replacingOccurrences(of: "../../personas/xiaolin.yaml", with: repositoryPath("personas/xiaolin.yaml"))
            .replacingOccurrences(of: "catalog: catalog.yaml", with: "catalog: \(repositoryPath("assets/demo/catalog.yaml"))")
        let text = source.replacingOccurrences(of: "Asia/Shanghai", with: "Mars/Olympus")
            .replacingOccurrences(of: "start: \"10:00\"", with: "start: \"25:00\"")
        let path = try folder.write("channel.yaml", text)
        let result = try run(standinBinary(), ["channel", "validate", path])
        #expect(result.status != 0)
        let line = { (needle: String) in text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1 }
        #expect(result.stderr.contains("\(path):\(line("Mars/Olympus")): time_zone is not a known IANA time zone"))
        #expect(result.stderr.contains("\(path):\(line("25:00")): shift exception #2: start must be a time of day"))

        let promo = try folder.write("promo.yaml", source.replacingOccurrences(of: "product: honey-04", with: "product: honey-05"))
        let unknown = try run(standinBinary(), ["channel", "validate", promo])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("\(promo):\(line("product: honey-04")): promo #2: product 'honey-05' is not a product in"))
    }
}

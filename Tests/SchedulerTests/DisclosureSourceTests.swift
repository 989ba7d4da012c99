import Foundation
import Scheduler
import StandInCore
import Testing
import TestSupport

/// The spoken disclosure comes from the persona unless the channel overrides it.
@Suite("Where the disclosure comes from")
struct DisclosureSourceTests {
    func files(channelDisclosure: String?) throws -> (Channel, Persona, Catalog, TemporaryFolder) {
        let folder = try TemporaryFolder()
        var text = try String(contentsOfFile: repositoryPath("assets/demo/channel.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../../personas/", with: repositoryPath("personas") + "/")
            .replacingOccurrences(of: "catalog: catalog.yaml", with: "catalog: \(repositoryPath("assets/demo/catalog.yaml"))")
        if let channelDisclosure { text += "\ndisclosure: \(channelDisclosure)\n" }
        let channel = try Channel.load(from: folder.write("channel.yaml", text))
        return (channel, try Persona.load(from: channel.personaPath), try Catalog.load(from: channel.catalogPath), folder)
    }

    /// Minutes between disclosure starts in the first six virtual hours.
    func disclosureGaps(_ settings: PlanSettings) -> [Int] {
        let epoch = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00+08:00")!
        let starts = Planner(settings: settings, epoch: epoch).estimatedRundown()
            .prefix { $0.start < 6 * 3600 * 48_000 }
            .filter { $0.kind == .disclosure }.map(\.start)
        return zip(starts, starts.dropFirst()).map { ($1 - $0) / (60 * 48_000) }
    }

    @Test func thePersonasLineAndCadenceByDefault() throws {
        let (channel, persona, catalog, folder) = try files(channelDisclosure: nil)
        _ = folder
        let disclosure = try #require(channel.disclosure(for: persona))
        #expect(disclosure.everyMinutes == persona.disclosure.everyMinutes)
        #expect(disclosure.line.contains(persona.brand) && disclosure.line.contains(persona.displayName))
        let gaps = disclosureGaps(PlanSettings(channel: channel, catalog: catalog, persona: persona, seed: 1))
        #expect(!gaps.isEmpty)
        #expect(gaps.allSatisfy { $0 >= persona.disclosure.everyMinutes && $0 <= persona.disclosure.everyMinutes + 2 }, "\(gaps)")
    }

    @Test func theChannelMayOverrideIt() throws {
        let (channel, persona, catalog, folder) = try files(channelDisclosure: "{line: 我是AI主播。, every_minutes: 10}")
        _ = folder
        #expect(channel.disclosure(for: persona) == Disclosure(line: "我是AI主播。", everyMinutes: 10))
        let gaps = disclosureGaps(PlanSettings(channel: channel, catalog: catalog, persona: persona, seed: 1))
        #expect(gaps.allSatisfy { $0 >= 10 && $0 <= 12 }, "\(gaps)")
    }
}

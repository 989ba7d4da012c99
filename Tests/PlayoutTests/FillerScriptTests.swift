import Foundation
@testable import Playout
import Scheduler
import Scripting
import StandInCore
import Testing
import TestSupport

/// A filler the channel has no line for says the persona's own lines, never nothing.
@Suite("Filler lines from the persona")
struct FillerScriptTests {
    let rate = MediaClock.sampleRate

    func scripter(channelFillers: String = "") throws -> (SegmentScripter, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let catalog = try folder.write("catalog.yaml", demoCatalogText("catalog-en.yaml"))
        let channel = try Channel.load(from: folder.write("channel.yaml", """
            persona: \(repositoryPath("personas/ava.yaml"))
            catalog: \(catalog)
            time_zone: America/New_York
            handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}
            \(channelFillers)
            """))
        let persona = try Persona.load(from: channel.personaPath)
        let builder = try ScriptBuilder(persona: persona, catalog: Catalog.load(from: catalog))
        let timeline = Timeline(epoch: Date(timeIntervalSince1970: 1_800_000_000), timeZone: channel.timeZone, video: channel.video)
        return (SegmentScripter(builder: builder, channel: channel, disclosure: channel.disclosure(for: persona)!,
                                timeline: timeline, seed: 5), folder)
    }

    func segment(_ kind: String, index: Int, atMinute minute: Int) throws -> Segment {
        try JSONDecoder().decode(Segment.self, from: Data("""
            {"index": \(index), "kind": "\(kind)", "start": \(minute * 60 * rate), "estimatedLength": \(10 * rate)}
            """.utf8))
    }

    @Test func engagementSaysTheCatchphraseAtMostEveryTenMinutesThenATransition() throws {
        var (scripter, folder) = try scripter()
        _ = folder
        let first = scripter.script(for: try segment("engagement", index: 1, atMinute: 0))
        #expect(first.lines.map(\.text) == ["Good tea is worth the wait."])
        scripter.aired(first.lines.map { ($0, 0) })
        let soon = scripter.script(for: try segment("engagement", index: 2, atMinute: 5))
        #expect(!soon.lines.isEmpty)
        #expect(soon.lines.first?.text.contains("Good tea") == false, "inside its 10 minutes: \(soon.lines.map(\.text))")
        #expect(soon.lines.contains { $0.text.contains("next up") || $0.text.contains("something else") })
        let later = scripter.script(for: try segment("engagement", index: 3, atMinute: 11))
        #expect(later.lines.map(\.text) == ["Good tea is worth the wait."])
    }

    @Test func comingUpSaysATransitionFirst() throws {
        let (scripter, folder) = try scripter()
        _ = folder
        let lines = scripter.script(for: try segment("coming_up", index: 4, atMinute: 0)).lines.map(\.text)
        #expect(lines.count == 1)
        #expect(lines.first.map { $0.hasPrefix("Alright, next up is the") || $0.hasPrefix("Now let's look at something else") } == true, "\(lines)")
    }

    @Test func comingUpAvoidsATransitionSaidWithinTheRepetitionWindow() throws {
        var (scripter, folder) = try scripter()
        _ = folder
        var said: [String] = []
        for index in 0..<4 {
            let lines = scripter.script(for: try segment("coming_up", index: 7, atMinute: index)).lines
            said.append(lines.map(\.text).joined())
            scripter.aired(lines.map { ($0, index * 60 * rate) })
        }
        #expect(Set(said).count == 4, "the same index each time, yet four different lines: \(said)")
    }

    @Test func aChannelLineStillWins() throws {
        let (scripter, folder) = try scripter(channelFillers: "fillers: {brand_story: \"Our tea grows on the hill.\"}")
        _ = folder
        #expect(scripter.script(for: try segment("brand_story", index: 1, atMinute: 0)).lines.map(\.text) == ["Our tea grows on the hill."])
    }
}

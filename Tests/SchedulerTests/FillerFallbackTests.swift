import Foundation
import Scheduler
import StandInCore
import Testing
import TestSupport

/// A channel without filler lines fills with the persona's own lines; a filler with
/// nothing to say is never planned; validation warns when the catalog cannot fill the rotation.
@Suite("Fillers without channel lines")
struct FillerFallbackTests {
    /// The demo channel with no `fillers:` lines, a `gap`-minute minimum gap and a catalog of `products` products.
    func settings(products: Int, gap: Int = 10) throws -> (PlanSettings, TemporaryFolder) {
        let folder = try TemporaryFolder()
        var catalog = try demoCatalogText()
        let items = catalog.components(separatedBy: "\n  - id: ")
        catalog = items.prefix(products + 1).joined(separator: "\n  - id: ")
        var text = try String(contentsOfFile: repositoryPath("assets/demo/channel.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../../personas/", with: repositoryPath("personas") + "/")
            .replacingOccurrences(of: "catalog: catalog.yaml", with: "catalog: \(try folder.write("catalog.yaml", catalog))")
            .replacingOccurrences(of: "min_gap_minutes: 1", with: "min_gap_minutes: \(gap)")
            .replacingOccurrences(of: "weights: {tea-01: 3, honey-04: 2}", with: "weights: {}")
        text = text.components(separatedBy: "\n").filter {
            !($0.hasPrefix("fillers:") || $0.hasPrefix("  brand_story:") || $0.hasPrefix("  engagement:") || $0.hasPrefix("  coming_up:")
              || $0.contains("honey-04, date"))
        }.joined(separator: "\n")
        let channel = try Channel.load(from: folder.write("channel.yaml", text))
        #expect(channel.fillerLines.isEmpty)
        let persona = try Persona.load(from: channel.personaPath)
        let loaded = try Catalog.load(from: channel.catalogPath)
        #expect(loaded.products.count == products)
        return (PlanSettings(channel: channel, catalog: loaded, persona: persona, seed: 3), folder)
    }

    func rundown(_ settings: PlanSettings, hours: Int) -> [Segment] {
        let epoch = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00+08:00")!
        return Array(Planner(settings: settings, epoch: epoch).estimatedRundown().prefix { $0.start < hours * hour })
    }

    @Test func fewProductsAndNoFillerLinesPlanSpokenFillersSizedByThePersonasLines() throws {
        let (settings, folder) = try settings(products: 2)
        _ = folder
        #expect(Set(settings.fillers) == [.brandStory, .engagement, .comingUp])
        let segments = rundown(settings, hours: 6)
        let fillers = segments.filter { [.brandStory, .engagement, .comingUp].contains($0.kind) }
        #expect(!fillers.isEmpty)
        #expect(fillers.allSatisfy { $0.estimatedLength >= 2 * MediaClock.sampleRate }, "no filler is sized as a second of nothing")
        let warnings = settings.rotationWarnings()
        #expect(warnings.count == 1)
        #expect(warnings.first?.field == "rotation.min_gap_minutes")
        #expect(warnings.first?.line != nil)
        #expect(warnings.first?.problem.contains("the persona's catchphrases, transitions and disclosure") == true)
    }

    @Test func aFullCatalogGivesNoWarning() throws {
        let (settings, folder) = try settings(products: 4, gap: 1)
        _ = folder
        #expect(settings.rotationWarnings().isEmpty)
    }

    @Test func aFillerWithNothingToSayIsNeverPlanned() throws {
        let fixture = try Fixture(rotation: "rotation: {min_gap_minutes: 30}")
        var lengths = Fixture.lengths
        for kind in [Segment.Kind.brandStory, .engagement, .comingUp] { lengths.characters[kind] = 0 }
        let settings = PlanSettings(channel: fixture.channel, products: [ProductSlot(id: "a", weight: 1, stock: nil)],
                                    lengths: lengths, seed: 1)
        #expect(settings.fillers.isEmpty)
        let segments = Array(Planner(settings: settings, epoch: fixture.monday()).estimatedRundown().prefix { $0.start < 6 * hour })
        #expect(!segments.contains { [.brandStory, .engagement, .comingUp].contains($0.kind) })
        #expect(segments.contains { $0.kind == .hold }, "music holds the gap instead")
    }
}

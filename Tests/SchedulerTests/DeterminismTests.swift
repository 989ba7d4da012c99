import Foundation
import Testing
import Scheduler
import StandInCore

/// Same inputs and seed, same plan; a restarted process resumes where an uninterrupted run is.
@Suite("Determinism and resume")
struct DeterminismTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    func plan(seed: UInt64, hours: Int = 30) throws -> [Aired] {
        var planner = Planner(settings: fixture.settings(seed: seed), epoch: fixture.monday())
        return try simulate(&planner, until: hours * hour)
    }

    @Test func theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOrder() throws {
        #expect(try plan(seed: 42) == (try plan(seed: 42)))
        let products = { (plan: [Aired]) in plan.compactMap(\.segment.productID) }
        #expect(products(try plan(seed: 42)) != products(try plan(seed: 43)))
    }

    @Test func theEstimatedRundownIsLazyAndMatchesAiringAtEstimates() throws {
        let planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        let lazy = Array(planner.estimatedRundown().prefix(500))
        var copy = planner
        let aired = try simulate(&copy, until: lazy.last!.start + 1, actual: \.estimatedLength)
        #expect(aired.prefix(500).map(\.segment) == lazy)
    }

    @Test(arguments: [1, 2, 3])
    func resumeAfterARestartFindsTheSegmentAnUninterruptedRunHasOnAir(seed: UInt64) throws {
        let settings = fixture.settings(seed: seed, stock: ["d": 9])
        let epoch = fixture.monday()
        var planner = Planner(settings: settings, epoch: epoch)
        var history: [AsRunEntry] = []
        var pendingStock: [String: Int]?
        let aired = try simulate(&planner, until: 3 * day, before: { planner in
            if planner.position >= 30 * hour, planner.stock(of: "d") == 9 {
                planner.updateStock("d", 0)
                pendingStock = ["d": 0]
            }
        })
        // The as-run log of that run, with the stock change where it happened.
        for item in aired {
            history.append(AsRunEntry(item.segment, actualLength: item.end - item.segment.start,
                                      stockUpdates: item.segment.start >= 30 * hour && pendingStock != nil ? pendingStock : nil))
            if item.segment.start >= 30 * hour { pendingStock = nil }
        }
        var random = SeededRandom(rawSeed: seed)
        for _ in 0..<5 {
            let now = Int(random.next() % UInt64(3 * day - hour))
            let current = try #require(aired.firstIndex { $0.segment.start <= now && now < $0.end })
            // Crash during `current`: its start is logged, its end is not.
            var log = Array(history[..<current])
            log.append(AsRunEntry(aired[current].segment, actualLength: nil, stockUpdates: history[current].stockUpdates))
            let instant = epoch.addingTimeInterval(Double(now) / Double(MediaClock.sampleRate))
            let resumed = try Planner.resume(settings: settings, epoch: epoch, history: log, now: instant)
            #expect(resumed.segment == aired[current].segment)
            #expect(resumed.offset == now - aired[current].segment.start)
        }
    }

    /// The channel file or seed changed since the log was written: the log is trusted for
    /// what aired and the plan goes on after it, so an edit never keeps a channel off air.
    @Test func aHistoryFromOtherInputsIsTrustedAndThePlanGoesOn() throws {
        let aired = try plan(seed: 1, hours: 1)
        let history = aired.map { AsRunEntry($0.segment, actualLength: $0.end - $0.segment.start) }
        let lastEnd = aired.last!.end
        let resumed = try Planner.resume(settings: fixture.settings(seed: 2), epoch: fixture.monday(), history: history,
                                         now: fixture.monday().addingTimeInterval(Double(lastEnd) / 48_000 + 1))
        #expect(resumed.unforeseenEntries > 0)
        #expect(resumed.segment.start >= lastEnd)
        #expect(resumed.segment.index > aired.last!.segment.index)
    }

    /// A restart after downtime leaves unlogged segments between logged ones; the next
    /// restart replays across that gap at the estimates and still finds the right segment.
    @Test func resumeAcrossAnUnloggedGapFindsTheUninterruptedSegment() throws {
        var planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        let aired = try simulate(&planner, until: 2 * hour, actual: \.estimatedLength)
        let logged = Array(aired[0..<5]) + Array(aired[9..<12])    // 5–8 aired while nobody logged
        let history = logged.map { AsRunEntry($0.segment, actualLength: $0.end - $0.segment.start) }
        let target = aired[13]
        let now = target.segment.start + (target.end - target.segment.start) / 2
        let resumed = try Planner.resume(settings: fixture.settings(), epoch: fixture.monday(), history: history,
                                         now: fixture.monday().addingTimeInterval(Double(now) / 48_000))
        #expect(resumed.unforeseenEntries == 0)
        #expect(resumed.segment == target.segment)
        #expect(resumed.offset == now - target.segment.start)
    }

    @Test func resumeWithoutHistoryAssumesTheEstimates() throws {
        let planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        let rundown = Array(planner.estimatedRundown().prefix { $0.start < 2 * hour })
        let now = 5_000 * MediaClock.sampleRate + 123
        let resumed = try Planner.resume(settings: fixture.settings(), epoch: fixture.monday(), history: [],
                                         now: fixture.monday().addingTimeInterval(Double(now) / 48_000))
        let expected = try #require(rundown.first { $0.start <= now && now < $0.estimatedEnd })
        #expect(resumed.segment == expected)
        #expect(resumed.offset == now - expected.start)
    }

    /// A disk that refused entries and a crash before they were written: the log's numbers
    /// jump. The restart counts them as missing (not as a changed channel), numbers on from
    /// the log, and the rotation goes on as it was instead of starting over.
    @Test(arguments: [1, 2, 3])
    func resumeAfterEntriesTheDiskRefusedKeepsNumbersAndRotation(seed: UInt64) throws {
        let settings = fixture.settings(seed: seed)
        var planner = Planner(settings: settings, epoch: fixture.monday())
        let aired = try simulate(&planner, until: 6 * hour)   // lengths 80–124 % of the estimates
        var random = SeededRandom(rawSeed: seed)
        let first = 20 + Int(random.next() % 40), lost = 3 + Int(random.next() % 6)
        let kept = Array(aired[..<first]) + Array(aired[(first + lost)...].prefix(30))
        let history = kept.map { AsRunEntry($0.segment, actualLength: $0.end - $0.segment.start) }
        let lastEnd = kept.last!.end
        let resumed = try Planner.resume(settings: settings, epoch: fixture.monday(), history: history,
                                         now: fixture.monday().addingTimeInterval(Double(lastEnd) / 48_000))
        #expect(resumed.missingEntries == lost)
        #expect(resumed.unforeseenEntries == 0)
        #expect(resumed.segment.index == kept.last!.segment.index + 1, "numbers go on from the log")
        #expect(resumed.segment.start == lastEnd)
        // What follows is what the uninterrupted run aired next.
        var resumedPlanner = resumed.planner
        let after = try simulate(&resumedPlanner, until: lastEnd + hour, actual: \.estimatedLength)
        let expected = aired.drop { $0.segment.start < lastEnd }.prefix(after.count)
        let picks = { (items: [Aired]) in items.map { "\($0.segment.kind.rawValue) \($0.segment.productID ?? "")" } }
        #expect(picks(Array(after.prefix(12))) == picks(Array(expected.prefix(12))))
    }

    /// An entry the plan did not foresee is taken as aired: the rotation keeps its order (the
    /// product that aired is booked, the others keep their turns) instead of starting over.
    @Test func anUnforeseenEntryIsAdoptedWithoutStartingTheRotationOver() throws {
        let settings = fixture.settings(seed: 5)
        var planner = Planner(settings: settings, epoch: fixture.monday())
        let aired = try simulate(&planner, until: 3 * hour, actual: \.estimatedLength)
        let products = aired.compactMap(\.segment.productID)
        let intro = try #require(aired.firstIndex { $0.segment.kind == .intro && $0.segment.index > 30 })
        var history = aired[...intro].map { AsRunEntry($0.segment, actualLength: $0.end - $0.segment.start) }
        // The operator's edit: another product was introduced there.
        let other = try #require(Set(products).subtracting([aired[intro].segment.productID!]).sorted().first)
        history[intro].productID = other
        let resumed = try Planner.resume(settings: settings, epoch: fixture.monday(), history: history,
                                         now: fixture.monday().addingTimeInterval(Double(aired[intro].end) / 48_000))
        #expect(resumed.unforeseenEntries == 1 && resumed.missingEntries == 0)
        #expect(resumed.segment.index == aired[intro].segment.index + 1)
        #expect(resumed.segment.productID == other, "the adopted product's flow goes on: \(resumed.segment)")
    }
}

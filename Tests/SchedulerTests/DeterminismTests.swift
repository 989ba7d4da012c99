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
}

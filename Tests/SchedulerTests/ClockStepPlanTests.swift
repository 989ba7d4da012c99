import Foundation
@testable import Scheduler
import StandInCore
import Testing

/// The plan after a wall-clock step: `rebase` moves it (forward: a shift the clock is now in
/// starts at once; backward: rebuilt from the earlier time), and a restart replaying the
/// as-run log (the jumped-over segments logged `skipped`, the first one after the step
/// `replannedIndex`) finds the same plan the live run had.
@Suite("Planner: wall-clock steps")
struct ClockStepPlanTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    struct Case: Sendable, CustomTestStringConvertible {
        /// Monday 2026-03-09, local time the step is seen (the plan goes on to its next boundary).
        var at: String
        var stepMinutes: Int
        /// What the first segment after the step is, and whether it starts a human shift.
        var humanNext: Bool
        var testDescription: String { "\(stepMinutes > 0 ? "+" : "")\(stepMinutes) min at \(at)" }
    }

    static let cases: [Case] = [
        Case(at: "12:00", stepMinutes: 60, humanNext: false),    // forward, large, no shift near
        Case(at: "18:10", stepMinutes: 60, humanNext: true),     // forward into the 19:00 shift: it starts now
        Case(at: "18:57", stepMinutes: 5, humanNext: true),      // forward over the shift's start
        Case(at: "12:00", stepMinutes: -10, humanNext: false),   // backward, large
        Case(at: "19:00", stepMinutes: -10, humanNext: false),   // backward from the shift's start: the handoff comes again
        Case(at: "23:00", stepMinutes: -60, humanNext: true),    // backward into the shift that just ended
    ]

    @Test(arguments: cases)
    func theStepMovesThePlanAndARestartFindsTheSamePlan(_ step: Case) throws {
        let settings = fixture.settings()
        let epoch = fixture.monday()
        let timeline = Timeline(epoch: epoch, timeZone: fixture.channel.timeZone, video: settings.channel.video)
        let stepAt = timeline.samples(at: fixture.date("2026-03-09", step.at))
        var planner = Planner(settings: settings, epoch: epoch)
        var log: [AsRunEntry] = []
        for item in try simulate(&planner, until: stepAt) {
            log.append(AsRunEntry(item.segment, actualLength: item.end - item.segment.start))
        }

        // The engine at its next segment boundary: the jumped-over segments, then the rebase.
        let from = planner.position
        let target = from + step.stepMinutes * 60 * MediaClock.sampleRate
        let skipped = step.stepMinutes > 0 ? Array(planner.estimatedRundown().prefix { $0.start < target }) : []
        for segment in skipped {
            log.append(AsRunEntry(segment, actualLength: min(segment.estimatedLength, target - segment.start), skipped: true))
        }
        planner.rebase(to: target, nextIndex: planner.nextIndex + skipped.count)
        #expect(planner.position == target)
        let first = planner.next()
        #expect(first.start == target)
        #expect((first.kind == .human) == step.humanNext, "\(first.kind) at \(timeline.date(atSample: target))")
        if step.humanNext { #expect(first.mustEndBy.map { $0 > target } == true) }
        #expect(!log.contains { $0.start == first.start && $0.skipped != true && $0.kind == first.kind && $0.productID == first.productID }
                || step.stepMinutes < 0, "a forward step airs nothing twice")

        // Two hours on, logged as the engine logs them.
        var after: [Aired] = []
        var replanned = true
        var current = first
        while planner.position < target + 2 * hour {
            let segment = replanned ? current : planner.next()
            try planner.aired(segment, actualLength: fakeActualLength(segment))
            after.append(Aired(segment: segment, end: planner.position))
            log.append(AsRunEntry(segment, actualLength: fakeActualLength(segment), replannedIndex: replanned ? segment.index : nil))
            replanned = false
            current = segment
        }
        let indices = log.filter { $0.skipped != true }.count
        #expect(indices == log.count - skipped.count)

        // A restart anywhere after the step resumes in the live run's place.
        for item in after.dropFirst().prefix(40) where item.segment.kind != .human {
            let resumeLog = Array(log.prefix { !($0.start == item.segment.start && $0.skipped != true && $0.kind == item.segment.kind) })
            let now = item.segment.start + (item.end - item.segment.start) / 2
            let resumed = try Planner.resume(settings: settings, epoch: epoch,
                                             history: resumeLog + [AsRunEntry(item.segment, actualLength: nil)],
                                             now: timeline.date(atSample: now))
            #expect(resumed.segment == item.segment, "resumed at \(timeline.date(atSample: now))")
            #expect(resumed.unforeseenEntries == 0)
        }
    }

    @Test func aBackwardStepMovesEachProductsLastAiringBackWithTheClock() {
        let minute = 60 * MediaClock.sampleRate
        var rotation = Rotation(products: [ProductSlot(id: "a", weight: 1, stock: nil), ProductSlot(id: "b", weight: 1, stock: nil)],
                                minGap: 10 * minute, seed: 1)
        rotation.aired(0, endingAt: 60 * minute)
        rotation.aired(1, endingAt: 61 * minute)
        rotation.moveBack(by: 10 * minute)   // the clock went back from 61 to 51 min
        #expect(rotation.pick(at: 55 * minute) == nil, "both aired less than the gap ago (4 and 5 min)")
        #expect(rotation.pick(at: 60 * minute) == 0, "a aired 10 min ago by the clock")
        #expect(rotation.pick(at: 61 * minute) != nil)
    }
}

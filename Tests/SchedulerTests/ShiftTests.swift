import Foundation
import Testing
import Scheduler
import StandInCore

/// Human shifts on the sample clock: midnight crossings, dated exceptions, DST, and virtual
/// blocks that end exactly (to the frame) where a shift starts.
@Suite("Human shifts")
struct ShiftTests {
    func humans(_ aired: [Aired]) -> [Segment] { aired.map(\.segment).filter { $0.kind == .human } }

    @Test func aShanghaiWeekHasTheWeeklyShiftsWithTheExceptions() throws {
        let fixture = try Fixture()
        var planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        let week = try simulate(&planner, until: 7 * day)
        let blocks = humans(week).map { ($0.start / hour, ($0.start + $0.estimatedLength) / hour, $0.host!) }
        // Mon, Tue, (Wed cancelled), Thu, Fri 19–23; Sat 23–Sun 01 (crossing midnight); Sun 10–12 extra.
        let expected = [(19, 23, "Lily"), (43, 47, "Lily"), (91, 95, "Lily"), (115, 119, "Lily"),
                        (143, 145, "Max"), (154, 156, "Lily")]
        #expect(blocks.count == expected.count)
        for (block, want) in zip(blocks, expected) {
            #expect(block.0 == want.0 && block.1 == want.1 && block.2 == want.2)
        }
    }

    @Test func newYorkShiftsFollowTheWallClockAcrossBothDSTChanges() throws {
        let fixture = try Fixture(zone: "America/New_York", shifts: """
            shifts:
              weekly:
                - {days: daily, start: "19:00", end: "23:00", host: Lily}
                - {days: [sat], start: "22:00", end: "02:00", host: Max}
            """.replacingOccurrences(of: "19:00\", end: \"23:00\", host: Lily}", with: "19:00\", end: \"21:00\", host: Lily}"),
            promos: "")
        // Spring forward: Sun 2026-03-08 02:00 EST → 03:00 EDT.
        var spring = Planner(settings: fixture.settings(), epoch: fixture.date("2026-03-07", "00:00"))
        let springStarts = humans(try simulate(&spring, until: 2 * day)).map(\.start)
        // Sat 19:00 EST = 19 h; Sat 22:00 = 22 h (to Sun 02:00 EST = 26 h); Sun 19:00 EDT = 24 + 19 − 1 = 42 h.
        #expect(springStarts == [19 * hour, 22 * hour, 42 * hour])

        // Fall back: Sun 2026-11-01 02:00 EDT → 01:00 EST; the Saturday shift 22:00–02:00 lasts 5 hours.
        var fall = Planner(settings: fixture.settings(), epoch: fixture.date("2026-10-31", "00:00"))
        let fallBlocks = humans(try simulate(&fall, until: 2 * day))
        #expect(fallBlocks.map(\.start) == [19 * hour, 22 * hour, 44 * hour])
        #expect(fallBlocks[1].estimatedLength == 5 * hour)
    }

    @Test(arguments: ["Asia/Shanghai", "America/New_York"])
    func virtualBlocksEndExactlyOnTheShiftStartFrame(zone: String) throws {
        let fixture = try Fixture(zone: zone)
        let frame = fixture.channel.video.samplesPerFrame
        var planner = Planner(settings: fixture.settings(), epoch: fixture.date("2026-03-02", "00:00"))
        let aired = try simulate(&planner, until: 14 * day)  // two weeks, across New York's DST change
        var previousEnd = 0
        for (index, item) in aired.enumerated() {
            #expect(item.segment.start == previousEnd, "no gap, no overlap at #\(index)")
            #expect(item.segment.start % frame == 0 && item.end % frame == 0)
            previousEnd = item.end
            guard item.segment.kind == .human, index > 0 else { continue }
            let before = aired[index - 1]
            #expect(before.end == item.segment.start)
            #expect([.hold, .handoff].contains(before.segment.kind))
            let local = planner.timeline.localDate(atSample: item.segment.start)
            let shiftStart = fixture.channel.shifts.first { $0.days.includes(local) && $0.host == item.segment.host }!.start
            #expect(item.segment.start == planner.timeline.samples(on: local, at: shiftStart))
        }
        let handoffs = aired.filter { $0.segment.kind == .handoff }
        #expect(handoffs.count == aired.filter { $0.segment.kind == .human }.count)
        #expect(handoffs.allSatisfy { $0.segment.countdownTo == $0.segment.mustEndBy })
        // After every shift: the welcome-back line, then the disclosure (a promo starting
        // right at the shift's end goes first: promos start on time).
        for (index, item) in aired.enumerated() where item.segment.kind == .human && index + 3 < aired.count {
            let after = aired[(index + 1)...].map(\.segment.kind).filter { $0 != .flashDeal }
            #expect(Array(after.prefix(2)) == [.welcomeBack, .disclosure])
        }
    }

    @Test func aSegmentTooLongForTheGapIsCutOrReplacedAndMusicFillsTheRest() throws {
        let fixture = try Fixture()
        var planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        let aired = try simulate(&planner, until: 20 * hour, actual: { $0.estimatedLength * 2 })  // speech far slower than estimated
        let human = try #require(aired.firstIndex { $0.segment.kind == .human })
        #expect(aired[human].segment.start == 19 * hour)
        #expect(aired[..<human].allSatisfy { $0.end <= 19 * hour && ($0.segment.mustEndBy ?? .max) <= 19 * hour })
        #expect(aired[..<human].contains { $0.segment.isCut || $0.end == $0.segment.mustEndBy })
    }
}

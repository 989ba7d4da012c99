import Foundation
import StandInCore
import Testing
@testable import Scheduler

/// Operators' segments in place of the plan's: injections and the pause's music.
@Suite("Planner interjections")
struct InterjectTests {
    /// A planner from Monday 2026-03-09 10:00, with a human shift `shift` ("HH:MM-HH:MM") that day.
    func planner(shift: String? = nil) throws -> Planner {
        let shifts = shift.map { range in
            let times = range.split(separator: "-")
            return "shifts:\n  exceptions:\n    - {date: 2026-03-09, start: \"\(times[0])\", end: \"\(times[1])\", host: Lily}"
        } ?? ""
        let fixture = try Fixture(shifts: shifts, promos: "")
        return Planner(settings: fixture.settings(), epoch: fixture.date("2026-03-09", "10:00"))
    }

    @Test("an injected flash deal replaces the pending segment and the plan goes on from its real end")
    func injectReplacesPending() throws {
        var planner = try self.planner()
        let planned = planner.next()
        let deal = try planner.interject(.flashDeal, productID: "b")
        #expect(deal.kind == .flashDeal && deal.productID == "b")
        #expect(deal.start == planned.start && deal.index == planned.index)
        #expect(planner.next() == deal)                      // it is the pending one now
        #expect(throws: SchedulerError.self) { try planner.aired(planned, actualLength: 48_000) }
        try planner.aired(deal, actualLength: 10 * 48_000)
        #expect(planner.position == deal.start + 10 * 48_000)
        #expect(planner.next().index == deal.index + 1)
    }

    @Test("an injection before a human shift is cut so the handoff line still fits before it")
    func injectBeforeShift() throws {
        var planner = try self.planner(shift: "10:02-11:00")
        let shiftStart = 2 * 60 * 48_000
        while planner.position < shiftStart - 40 * 48_000 {
            let segment = planner.next()
            try planner.aired(segment, actualLength: segment.estimatedEnd - segment.start)
        }
        let deal = try planner.interject(.flashDeal, productID: "a")
        let limit = try #require(deal.mustEndBy)
        #expect(limit < shiftStart)
        #expect(limit == shiftStart - planner.estimate(.handoff))
    }

    @Test("no injection while a human host is on air; unknown products and non-injectable kinds are refused")
    func refusals() throws {
        var planner = try self.planner(shift: "10:00-11:00")
        #expect(planner.next().kind == .human)
        #expect(throws: SchedulerError.humanOnAir) { try planner.interject(.brandStory, productID: nil) }
        #expect(throws: SchedulerError.humanOnAir) { try planner.interjectHold(maxLength: 48_000) }
        var free = try self.planner()
        #expect(throws: SchedulerError.unknownProduct("shoe-99")) { try free.interject(.intro, productID: "shoe-99") }
        #expect(throws: SchedulerError.notInterjectable(.handoff)) { try free.interject(.handoff, productID: nil) }
    }

    @Test("the pause's music is at most the asked length and ends at the next shift")
    func pauseHold() throws {
        var planner = try self.planner(shift: "10:01-11:00")
        let hold = try planner.interjectHold(maxLength: 30 * 48_000)
        #expect(hold.kind == .hold && hold.start == 0 && hold.estimatedLength == 30 * 48_000)
        try planner.aired(hold, actualLength: 30 * 48_000)
        let second = try planner.interjectHold(maxLength: 45 * 48_000)
        #expect(second.start + second.estimatedLength == 60 * 48_000)   // cut at the shift's start
        #expect(second.mustEndBy == 60 * 48_000)
    }
}

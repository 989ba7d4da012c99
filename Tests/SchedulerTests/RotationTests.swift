import Foundation
import Testing
import Scheduler
import StandInCore

/// Product rotation over a simulated week: weights, no immediate repeats, minimum gap,
/// stock, and promos that start on time.
@Suite("Rotation")
struct RotationTests {
    let fixture: Fixture
    let week: [Aired]
    let planner: Planner

    init() throws {
        fixture = try Fixture()
        var planner = Planner(settings: fixture.settings(), epoch: fixture.monday())
        week = try simulate(&planner, until: 7 * day)
        self.planner = planner
    }

    /// Rotation picks: the first segment of each product block (promo blocks open with a flash deal).
    var picks: [Segment] { week.map(\.segment).filter { $0.kind == .intro } }

    @Test func weightsAreRespectedWithinTolerance() {
        let total = Double(picks.count)
        #expect(total > 1_000)
        for (id, weight) in ["a": 3.0, "b": 2.0, "c": 1.0, "d": 1.0] {
            let share = Double(picks.filter { $0.productID == id }.count) / total
            #expect(abs(share - weight / 7) < 0.02, "\(id): \(share)")
        }
    }

    @Test func noProductAirsTwiceInARowAndTheMinimumGapHolds() {
        for (previous, next) in zip(picks, picks.dropFirst()) { #expect(previous.productID != next.productID) }
        var lastEnd: [String: Int] = [:]
        for item in week {
            guard let id = item.segment.productID else { continue }
            if item.segment.kind == .intro, let end = lastEnd[id] {
                #expect(item.segment.start - end >= 60 * MediaClock.sampleRate, "\(id) back after \(item.segment.start - end)")
            }
            lastEnd[id] = item.end
        }
    }

    @Test func promosStartOnTimeAndHoldTheWindow() {
        let timeline = planner.timeline
        for offset in 0..<7 {
            let date = LocalDate(year: 2026, month: 3, day: 9).adding(days: offset)
            let start = timeline.samples(on: date, at: TimeOfDay(hour: 12, minute: 0))
            let end = timeline.samples(on: date, at: TimeOfDay(hour: 12, minute: 15))
            let opening = week.first { $0.segment.start == start }
            #expect(opening?.segment.kind == .flashDeal && opening?.segment.productID == "c", "day \(offset)")
            #expect(opening?.segment.countdownTo == end)
            let inside = week.filter { $0.segment.start >= start && $0.segment.start < end }
            #expect(inside.allSatisfy { $0.segment.productID == "c" || $0.segment.productID == nil })
            #expect(inside.allSatisfy { $0.end <= end })
            #expect(week.contains { $0.end == start }, "the segment before ends on the promo start")
        }
    }

    @Test func aProductSoldOutMidDayDropsOutFromTheNextSegment() throws {
        var planner = Planner(settings: fixture.settings(stock: ["b": 40]), epoch: fixture.monday())
        var soldOutAt: Int?
        let aired = try simulate(&planner, until: 2 * day, before: { planner in
            if soldOutAt == nil, planner.position >= 10 * hour, planner.next().productID == "b" {
                planner.updateStock("b", 0)  // sold out while its block is on air
                soldOutAt = planner.position
            }
        })
        let cutoff = try #require(soldOutAt)
        let after = aired.filter { $0.segment.start > cutoff }
        #expect(!after.isEmpty && after.allSatisfy { $0.segment.productID != "b" })
        let stockOfB: [Int?] = aired.filter { $0.segment.productID == "b" }.map(\.segment.stockLeft)
        let stockOfA: [Int?] = aired.filter { $0.segment.productID == "a" }.map(\.segment.stockLeft)
        #expect(stockOfB.allSatisfy { $0 == 40 })
        #expect(stockOfA.allSatisfy { $0 == nil })
    }

    @Test func aSoldOutPromoProductGetsNoFlashDeal() throws {
        var planner = Planner(settings: fixture.settings(stock: ["c": 0]), epoch: fixture.monday())
        let aired = try simulate(&planner, until: day)
        #expect(!aired.contains { $0.segment.productID == "c" })
        #expect(!aired.contains { $0.segment.kind == .flashDeal })
    }

    @Test func fillersComeBetweenProductBlocks() {
        let fillers: Set<Segment.Kind> = [.brandStory, .engagement, .comingUp]
        #expect(week.contains { fillers.contains($0.segment.kind) })
        #expect(week.filter { $0.segment.kind == .disclosure }.count > 7 * 20 * 4 / 2)  // every 15 min of ~20 virtual h/day
    }
}

import Foundation
import Testing
import Scheduler
import StandInCore
import TestSupport

/// Shifts at times a DST change skips or repeats: never lost, placed by a stated rule, warned about.
@Suite("Clock changes")
struct ClockChangeTests {
    let newYork = TimeZone(identifier: "America/New_York")!

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aSkippedTimeIsPlacedAtTheChange() {
        let reading = WallClockReading(day: LocalDate(parsing: "2026-03-08")!, time: TimeOfDay(parsing: "02:30")!, zone: newYork)
        #expect(reading == .skipped(firstValid: utc("2026-03-08T07:00:00Z"), gapStart: TimeOfDay(hour: 2, minute: 0),
                                    gapEnd: TimeOfDay(hour: 3, minute: 0)))
    }

    @Test func aRepeatedTimeTakesTheFirstReading() {
        let reading = WallClockReading(day: LocalDate(parsing: "2026-11-01")!, time: TimeOfDay(parsing: "01:30")!, zone: newYork)
        #expect(reading == .repeated(first: utc("2026-11-01T05:30:00Z"), firstOffset: -4 * 3600,
                                     second: utc("2026-11-01T06:30:00Z"), secondOffset: -5 * 3600))
        #expect(reading.instant == utc("2026-11-01T05:30:00Z"))
    }

    @Test(arguments: [("2026-03-08", "03:00", "2026-03-08T07:00:00Z"), ("2026-03-08", "01:59", "2026-03-08T06:59:00Z"),
                      ("2026-11-01", "02:00", "2026-11-01T07:00:00Z"), ("2026-07-01", "12:00", "2026-07-01T16:00:00Z")])
    func ordinaryTimesReadOnce(day: String, time: String, expected: String) {
        let reading = WallClockReading(day: LocalDate(parsing: day)!, time: TimeOfDay(parsing: time)!, zone: newYork)
        #expect(reading == .normal(utc(expected)))
    }

    func humanBlocks(_ shift: String) throws -> [(start: Date, minutes: Int)] {
        let fixture = try Fixture(zone: "America/New_York", shifts: "shifts:\n  weekly:\n    - \(shift)", promos: "")
        let epoch = fixture.date("2026-03-07", "00:00")
        var planner = Planner(settings: fixture.settings(), epoch: epoch)
        let aired = try simulate(&planner, until: 2 * day)
        return aired.filter { $0.segment.kind == .human }.map {
            (epoch.addingTimeInterval(Double($0.segment.start) / Double(MediaClock.sampleRate)), ($0.end - $0.segment.start) / (60 * MediaClock.sampleRate))
        }
    }

    @Test func aShiftStartingInTheSkippedHourStartsAtTheChange() throws {
        let blocks = try humanBlocks(#"{days: [sun], start: "02:30", end: "03:30", host: Lily}"#)
        #expect(blocks.count == 1)
        #expect(blocks.first?.start == utc("2026-03-08T07:00:00Z"))
        #expect(blocks.first?.minutes == 30)
    }

    @Test func aShiftWhollyInsideTheSkippedHourKeepsItsLengthFromTheChange() throws {
        let blocks = try humanBlocks(#"{days: [sun], start: "02:00", end: "02:45", host: Lily}"#)
        #expect(blocks.count == 1)
        #expect(blocks.first?.start == utc("2026-03-08T07:00:00Z"))
        #expect(blocks.first?.minutes == 45)
    }

    @Test func validateWarnsAboutBothChangesWithTheLineAndTheReadings() throws {
        let fixture = try Fixture(zone: "America/New_York", shifts: """
            shifts:
              weekly:
                - {days: [sun], start: "02:30", end: "03:30", host: Lily}
                - {days: [sun], start: "01:30", end: "01:45", host: Max}
            """, promos: "")
        let warnings = fixture.channel.clockChangeWarnings(from: utc("2026-01-01T12:00:00Z"), days: 365)
        let spring = warnings.filter { $0.problem.contains("2026-03-08") }
        #expect(spring.count == 1, "only the 02:30 start is skipped: \(spring)")
        let start = try #require(spring.first { $0.field == "start" })
        #expect(start.line == 7)
        #expect(start.problem == "02:30 does not exist on 2026-03-08 in America/New_York (the clocks go from 02:00 to 03:00); "
                + "it is taken as 03:00, the first valid time")
        let fall = warnings.filter { $0.problem.contains("2026-11-01") }
        #expect(fall.map(\.line) == [8, 8])
        #expect(fall.first?.problem == "01:30 happens twice on 2026-11-01 in America/New_York (01:30 UTC-04:00 and 01:30 UTC-05:00); "
                + "the first reading, UTC-04:00, is used")
    }
}

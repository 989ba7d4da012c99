import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Overlapping shifts are each reported once, in O(n log n), however many there are.
@Suite("Shift overlaps")
struct ShiftOverlapTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    func problems(shifts: [String], promos: [String] = []) throws -> [FileError] {
        var yaml = """
            persona: persona.yaml
            catalog: catalog.yaml
            time_zone: Asia/Shanghai
            handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}
            shifts:
              weekly:

            """
        yaml += shifts.map { "    - \($0)\n" }.joined()
        if !promos.isEmpty { yaml += "promos:\n" + promos.map { "  - \($0)\n" }.joined() }
        let path = try folder.write("channel.yaml", yaml)
        do {
            _ = try Channel.load(from: path)
            return []
        } catch let error as FileErrors {
            return error.errors
        }
    }

    @Test func aThousandIdenticalShiftsGiveOneLineEachInUnderASecondOrTwo() throws {
        let shift = #"{days: daily, start: "19:00", end: "23:00", host: Lily}"#
        let started = Date()
        let found = try problems(shifts: Array(repeating: shift, count: 1_000))
        let seconds = Date().timeIntervalSince(started)
        #expect(found.count == 999)
        #expect(Set(found.map(\.line)).count == 999, "one problem per shift, each at its own line")
        #expect(found.allSatisfy { $0.problem.hasPrefix("overlaps the shift at line 7 (Lily, 19:00–23:00)") })
        #expect(found.first?.context == "weekly shift #2")
        #expect(seconds < 3, "took \(seconds) s")
    }

    @Test func everyShiftThatOverlapsAnEarlierOneIsNamedWithOneItOverlaps() throws {
        let found = try problems(shifts: [
            #"{days: mon, start: "10:00", end: "18:00", host: A}"#,   // line 7
            #"{days: tue, start: "09:00", end: "10:00", host: B}"#,   // line 8: alone
            #"{days: mon, start: "12:00", end: "13:00", host: C}"#,   // line 9: inside A
            #"{days: mon, start: "17:00", end: "19:00", host: D}"#,   // line 10: overlaps A's end
            #"{days: mon, start: "18:00", end: "20:00", host: E}"#,   // line 11: overlaps D only
        ])
        #expect(found.map(\.line) == [9, 10, 11])
        #expect(found.map { $0.problem.components(separatedBy: ",")[0] } == ["overlaps the shift at line 7 (A", "overlaps the shift at line 7 (A",
                                                        "overlaps the shift at line 10 (D"])
    }

    @Test func aPromoInsideShiftsIsReportedOnce() throws {
        let found = try problems(
            shifts: [#"{days: daily, start: "19:00", end: "23:00", host: Lily}"#],
            promos: [#"{product: tea, days: daily, start: "20:00", end: "20:15"}"#,
                     #"{product: tea, days: daily, start: "12:00", end: "12:15"}"#])
        #expect(found.count == 1)
        #expect(found.first?.context == "promo #1")
        #expect(found.first?.problem.contains("falls inside the human shift at line 7") == true)
    }
}

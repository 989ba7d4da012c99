import Foundation
import Scheduler
import StandInCore
import TestSupport

/// A channel written to a temporary folder and loaded, with a fixed length model:
/// 0.1 s per character, so every estimate is a round number of seconds.
struct Fixture {
    static let rate = MediaClock.sampleRate
    let folder: TemporaryFolder
    let channel: Channel

    static let standardShifts = """
        shifts:
          weekly:
            - {days: mon-fri, start: "19:00", end: "23:00", host: Lily}
            - {days: [sat], start: "23:00", end: "01:00", host: Max}
          exceptions:
            - {date: 2026-03-11, cancel: true}
            - {date: 2026-03-15, start: "10:00", end: "12:00", host: Lily}
        """

    init(zone: String = "Asia/Shanghai", shifts: String = Fixture.standardShifts,
         rotation: String = "rotation: {min_gap_minutes: 1, weights: {a: 3, b: 2, c: 1, d: 1}}",
         promos: String = "promos:\n  - {product: c, days: daily, start: \"12:00\", end: \"12:15\"}") throws {
        folder = try TemporaryFolder()
        let path = try folder.write("channel.yaml", """
            persona: persona.yaml
            catalog: catalog.yaml
            time_zone: \(zone)
            video: {size: 720x1280, fps: 30}
            \(shifts)
            \(rotation)
            \(promos)
            handoff: {before: "Lily is joining at {{time}}", welcome_back: "Welcome back"}
            disclosure: {line: "I am an AI host", every_minutes: 15}
            """)
        channel = try Channel.load(from: path)
    }

    static let lengths = LengthModel(
        samplesPerCharacter: rate / 10, pauseSamples: 0, charactersPerSentence: 10_000,
        characters: [.intro: 100, .sellingPoint: 160, .offer: 120, .questions: 200, .callToAction: 100,
                     .brandStory: 150, .engagement: 120, .comingUp: 80, .flashDeal: 120,
                     .disclosure: 60, .handoff: 60, .welcomeBack: 40],
        fallbackCharacters: 100)

    func settings(seed: UInt64 = 7, stock: [String: Int] = [:]) -> PlanSettings {
        PlanSettings(channel: channel,
                     products: ["a", "b", "c", "d"].map {
                         ProductSlot(id: $0, weight: channel.rotation.weight(of: $0), stock: stock[$0])
                     },
                     lengths: Self.lengths, seed: seed)
    }

    /// Monday 2026-03-09 00:00 in the channel's zone.
    func monday() -> Date { date("2026-03-09", "00:00") }

    func date(_ day: String, _ time: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = channel.timeZone
        let d = LocalDate(parsing: day)!, t = TimeOfDay(parsing: time)!
        return calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: t.hour, minute: t.minute))!
    }
}

/// A segment and where it really ended.
struct Aired: Equatable {
    var segment: Segment
    var end: Int
}

/// A fake speech engine: real lengths 80–124 % of the estimate, from the segment's index.
func fakeActualLength(_ segment: Segment) -> Int {
    guard segment.kind != .hold, segment.kind != .human else { return segment.estimatedLength }
    var mix = SeededRandom(rawSeed: UInt64(segment.index) &* 2_654_435_761 ^ UInt64(segment.start))
    return segment.estimatedLength * (80 + Int(mix.next() % 45)) / 100
}

/// Runs `planner` until `end`, airing each segment for `actual(segment)` samples;
/// `before` runs before each `next()` (stock changes).
func simulate(_ planner: inout Planner, until end: Int, actual: (Segment) -> Int = fakeActualLength,
              before: (inout Planner) -> Void = { _ in }) throws -> [Aired] {
    var aired: [Aired] = []
    while planner.position < end {
        before(&planner)
        let segment = planner.next()
        try planner.aired(segment, actualLength: actual(segment))
        aired.append(Aired(segment: segment, end: planner.position))
    }
    return aired
}

let hour = 3_600 * MediaClock.sampleRate
let day = 24 * hour

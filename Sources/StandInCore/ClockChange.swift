import Foundation

/// How a wall-clock reading in a zone maps to instants around daylight-saving changes.
///
/// A reading the clocks skip (02:30 on a spring-forward night) is placed at the first valid
/// instant after the gap (the change itself, 03:00 new time); a reading the clocks show twice
/// (01:30 on a fall-back night) takes the first. Plans use `instant`; `channel validate` warns.
public enum WallClockReading: Equatable, Sendable {
    case normal(Date)
    /// The clocks jump from `gapStart` to `gapEnd` (local times) at `firstValid`.
    case skipped(firstValid: Date, gapStart: TimeOfDay, gapEnd: TimeOfDay)
    /// The reading happens at `first` (offset `firstOffset` seconds east of UTC) and again at `second`.
    case repeated(first: Date, firstOffset: Int, second: Date, secondOffset: Int)

    /// The instant a plan uses for this reading.
    public var instant: Date {
        switch self {
        case .normal(let date), .skipped(let date, _, _), .repeated(let date, _, _, _): date
        }
    }

    /// Reads `time` on `day` in `zone`. Assumes at most one offset change within a day
    /// either side, as in every zone of the tz database.
    public init(day: LocalDate, time: TimeOfDay, zone: TimeZone) {
        let local = (day.daysSince1970 * 1440 + time.minutes) * 60
        func offset(_ utc: Int) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }
        let before = offset(local - 86_400), after = offset(local + 86_400)
        let candidates = Set([local - before, local - after]).filter { $0 + offset($0) == local }.sorted()
        if candidates.count == 2 {
            self = .repeated(first: Self.date(candidates[0]), firstOffset: offset(candidates[0]),
                             second: Self.date(candidates[1]), secondOffset: offset(candidates[1]))
        } else if let only = candidates.first {
            self = .normal(Self.date(only))
        } else {
            // In a gap: the change is the first second at which the later offset holds.
            var low = min(local - before, local - after), high = max(local - before, local - after)
            while low < high {
                let middle = low + (high - low) / 2
                if offset(middle) == after { high = middle } else { low = middle + 1 }
            }
            func reading(_ seconds: Int) -> TimeOfDay {
                let minutes = ((seconds / 60) % 1440 + 1440) % 1440
                return TimeOfDay(hour: minutes / 60, minute: minutes % 60)
            }
            self = .skipped(firstValid: Self.date(low), gapStart: reading(low + before), gapEnd: reading(low + after))
        }
    }

    private static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}

extension Channel {
    /// Warnings for shifts and promos whose start or end falls in a time the clocks skip or
    /// show twice, on the dates from `from` over `days` days (`channel validate` looks a
    /// year ahead). Each names the file's line, the date and what the plan does.
    public func clockChangeWarnings(from: Date, days: Int = 366) -> [FileError] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: from)
        let first = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
        var warnings: [FileError] = []
        for offset in 0..<days {
            let day = first.adding(days: offset)
            let noon = { (day: LocalDate) in WallClockReading(day: day, time: TimeOfDay(hour: 12, minute: 0), zone: self.timeZone).instant }
            guard timeZone.secondsFromGMT(for: noon(day.adding(days: -1))) != timeZone.secondsFromGMT(for: noon(day.adding(days: 1)))
            else { continue }
            for (index, shift) in shifts.enumerated() where shift.days.includes(day)
                && !cancellations.contains(where: { $0.cancels(shift, on: day) }) {
                warnings += clockWarnings(day: day, start: shift.start, end: shift.end, line: shift.source.line, what: shiftContext(index))
            }
            for (index, promo) in promos.enumerated() where promo.days.includes(day) {
                warnings += clockWarnings(day: day, start: promo.start, end: promo.end, line: promo.source.line, what: "promo #\(index + 1)")
            }
        }
        return warnings
    }

    private func clockWarnings(day: LocalDate, start: TimeOfDay, end: TimeOfDay, line: Int?, what: String) -> [FileError] {
        var found: [FileError] = []
        for (field, time, date) in [("start", start, day), ("end", end, end > start ? day : day.adding(days: 1))] {
            let zone = timeZone.identifier
            switch WallClockReading(day: date, time: time, zone: timeZone) {
            case .normal:
                continue
            case let .skipped(_, gapStart, gapEnd):
                found.append(FileError(file: file, line: line, context: what, field: field, problem:
                    "\(time) does not exist on \(date) in \(zone) (the clocks go from \(gapStart) to \(gapEnd)); "
                    + "it is taken as \(gapEnd), the first valid time"))
            case let .repeated(_, firstOffset, _, secondOffset):
                found.append(FileError(file: file, line: line, context: what, field: field, problem:
                    "\(time) happens twice on \(date) in \(zone) (\(time) UTC\(Self.offsetText(firstOffset)) and \(time) "
                    + "UTC\(Self.offsetText(secondOffset))); the first reading, UTC\(Self.offsetText(firstOffset)), is used"))
            }
        }
        return found
    }

    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }
}

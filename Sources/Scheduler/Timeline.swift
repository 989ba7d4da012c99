import Foundation
import StandInCore

/// Maps the channel's sample clock to instants and to wall-clock dates in its zone.
///
/// Sample 0 is the epoch (the channel's first on-air instant). Wall time is only read here,
/// to place shifts and promos; the planner itself counts samples.
public struct Timeline: Sendable {
    public let epoch: Date
    public let timeZone: TimeZone
    public let video: VideoSettings
    private let calendar: Calendar

    public init(epoch: Date, timeZone: TimeZone, video: VideoSettings) {
        self.epoch = epoch
        self.timeZone = timeZone
        self.video = video
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The instant `date` as samples since the epoch, on the nearest whole frame.
    public func samples(at date: Date) -> Int {
        let frames = (date.timeIntervalSince(epoch) * Double(video.fps)).rounded()
        return Int(frames) * video.samplesPerFrame
    }

    /// The instant of sample `sample`.
    public func date(atSample sample: Int) -> Date {
        epoch.addingTimeInterval(Double(sample) / Double(MediaClock.sampleRate))
    }

    /// The sample (on a frame) at which the wall clock reads `time` on `day` in the zone.
    /// A time skipped by a DST change is placed at the first valid instant after the gap
    /// (the change itself); a time shown twice takes the first reading (`WallClockReading`).
    public func samples(on day: LocalDate, at time: TimeOfDay) -> Int {
        samples(at: WallClockReading(day: day, time: time, zone: timeZone).instant)
    }

    /// The local date at sample `sample`.
    public func localDate(atSample sample: Int) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date(atSample: sample))
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// `samples` rounded up to a whole frame.
    public func roundedUpToFrame(_ samples: Int) -> Int {
        let frame = video.samplesPerFrame
        return (samples + frame - 1).floorDivided(by: frame) * frame
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

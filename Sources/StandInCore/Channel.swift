import Foundation

/// One live room: which persona presents which catalog, when human hosts take over, and how
/// the virtual host fills the rest of the day. Loaded by `Channel.load(from:)`; schema in
/// `docs/channel.md`.
public struct Channel: Sendable, Equatable {
    /// Path as the user gave it.
    public var file: String
    /// Persona file, resolved against the channel file's folder.
    public var personaPath: String
    /// Catalog file, resolved against the channel file's folder.
    public var catalogPath: String
    /// The zone every time of day and date in the file is read in.
    public var timeZone: TimeZone
    public var video: VideoSettings
    public var audio: AudioSettings
    /// Human-host shifts: weekly slots and extra dated ones.
    public var shifts: [HostShift]
    /// Dated cancellations of weekly shifts.
    public var cancellations: [ShiftCancellation]
    public var flow: SegmentFlow
    public var rotation: RotationSettings
    public var promos: [Promo]
    public var handoff: Handoff
    /// Overrides the persona's spoken disclosure; nil: the persona's (see `disclosure(for:)`).
    public var disclosure: Disclosure?
    /// Lines the planner sizes filler segments by, until persona templates cover them.
    public var fillerLines: [FillerKind: String]
    /// Where the live stream goes (used by the streaming issue; parsed and checked now).
    public var destinations: [ChannelDestination]
    /// The control API of `standin stream` (docs/api.md).
    public var api: APISettings
    /// Where relayed shifts' feeds come in; nil: every shift yields.
    public var relay: RelaySettings?
    /// Where the top-level mapping starts, for errors about the file as a whole.
    public var source: SourceLocation
    /// The line of each text the channel gives the host to say, by field (`handoff.before`,
    /// `fillers.engagement`, `disclosure.line`, `relay.bridge_line`, …), for errors about it.
    public var textLines: [String: Int] = [:]
    /// The `id:` the file gives; nil: the id is the file's name (see `id`).
    public var declaredID: String? = nil
    /// Viewers' comments: sources, what gets answered, reactions (docs/comments.md).
    public var comments = CommentSettings()
}

/// Which days a shift or promo recurs on: weekly on some weekdays, or once on a date.
public enum DaySelection: Sendable, Equatable {
    case weekly(Set<Weekday>)
    case date(LocalDate)

    public func includes(_ date: LocalDate) -> Bool {
        switch self {
        case .weekly(let days): days.contains(date.weekday)
        case .date(let only): only == date
        }
    }
}

/// A human host's shift. `end` at or before `start` means the shift runs past midnight.
public struct HostShift: Sendable, Equatable {
    public var days: DaySelection
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var host: String
    /// Yield the push to the host, or relay the host's feed into it.
    public var mode: ShiftMode
    public var source: SourceLocation

    public init(days: DaySelection, start: TimeOfDay, end: TimeOfDay, host: String, mode: ShiftMode = .yield,
                source: SourceLocation) {
        self.days = days; self.start = start; self.end = end; self.host = host; self.mode = mode; self.source = source
    }

    /// Minutes from start to end (crossing midnight when end ≤ start).
    public var minutes: Int { end > start ? end.minutes - start.minutes : end.minutes + 1440 - start.minutes }
}

/// A weekly shift that does not happen on `date` (all of that day's weekly shifts, or the
/// one starting at `start`).
public struct ShiftCancellation: Sendable, Equatable {
    public var date: LocalDate
    public var start: TimeOfDay?
    public var source: SourceLocation

    public func cancels(_ shift: HostShift, on day: LocalDate) -> Bool {
        guard case .weekly = shift.days, day == date else { return false }
        return start == nil || start == shift.start
    }
}

/// A flash deal: during the window the host presents `productID` with a countdown to `end`.
public struct Promo: Sendable, Equatable {
    public var productID: String
    public var days: DaySelection
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var source: SourceLocation

    public var minutes: Int { end > start ? end.minutes - start.minutes : end.minutes + 1440 - start.minutes }
}

/// Filler segments: airtime that presents no product.
public enum FillerKind: String, Sendable, CaseIterable, Codable {
    case brandStory = "brand_story"
    case engagement
    case comingUp = "coming_up"
}

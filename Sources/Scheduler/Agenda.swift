import StandInCore

/// A human host's shift placed on the sample clock.
public struct HumanBlock: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var host: String
    /// Yielded or relayed (the shift's `mode`).
    public var mode: ShiftMode = .yield
}

/// A flash-deal window placed on the sample clock.
public struct PromoWindow: Sendable, Equatable {
    public var productID: String
    public var start: Int
    public var end: Int
}

/// The fixed events of the channel (human shifts, promo windows) resolved from the file's
/// wall-clock times onto samples, a week at a time as the plan moves forward.
///
/// Resolution depends only on the channel and the timeline, so a replay from the epoch
/// always sees the same events.
struct Agenda: Sendable {
    let channel: Channel
    let timeline: Timeline
    private(set) var blocks: [HumanBlock] = []
    private(set) var promos: [PromoWindow] = []
    /// The first local date whose events are not resolved yet.
    private var nextDay: LocalDate
    /// Every event starting before this sample is resolved.
    private var resolvedUntil: Int

    init(channel: Channel, timeline: Timeline, from sample: Int) {
        self.channel = channel
        self.timeline = timeline
        nextDay = timeline.localDate(atSample: sample).adding(days: -1)  // a shift from yesterday may still run
        resolvedUntil = timeline.samples(on: nextDay, at: TimeOfDay(hour: 0, minute: 0))
        cover(sample)
    }

    /// Resolves events far enough ahead of `sample` (two days) and forgets those that ended.
    mutating func cover(_ sample: Int) {
        let lookahead = 2 * 86_400 * MediaClock.sampleRate
        while resolvedUntil <= sample + lookahead {
            for _ in 0..<7 { resolve(nextDay); nextDay = nextDay.adding(days: 1) }
            resolvedUntil = timeline.samples(on: nextDay, at: TimeOfDay(hour: 0, minute: 0))
        }
        if let first = blocks.firstIndex(where: { $0.end > sample }), first > 0 { blocks.removeFirst(first) }
        if let first = promos.firstIndex(where: { $0.end > sample }), first > 0 { promos.removeFirst(first) }
    }

    private mutating func resolve(_ day: LocalDate) {
        let starts = channel.shifts.filter { shift in
            shift.days.includes(day) && !channel.cancellations.contains { $0.cancels(shift, on: day) }
        }.sorted { $0.start < $1.start }
        for shift in starts {
            var block = HumanBlock(start: timeline.samples(on: day, at: shift.start),
                                   end: timeline.samples(on: shift.end > shift.start ? day : day.adding(days: 1), at: shift.end),
                                   host: shift.host, mode: shift.mode)
            // A shift wholly inside a skipped hour still airs, for its length, from the change.
            if block.end <= block.start { block.end = block.start + shift.minutes * 60 * MediaClock.sampleRate }
            // Overlaps are rejected by the loader; if one slips through, the earlier shift is extended.
            if let last = blocks.last, block.start < last.end {
                blocks[blocks.count - 1].end = max(last.end, block.end)
            } else if block.end > block.start {
                blocks.append(block)
            }
        }
        for promo in channel.promos.filter({ $0.days.includes(day) }).sorted(by: { $0.start < $1.start }) {
            promos.append(PromoWindow(productID: promo.productID, start: timeline.samples(on: day, at: promo.start),
                                      end: timeline.samples(on: promo.end > promo.start ? day : day.adding(days: 1), at: promo.end)))
        }
        promos.sort { $0.start < $1.start }
    }

    /// The human block on air at `sample`.
    func human(at sample: Int) -> HumanBlock? { blocks.first { $0.start <= sample && sample < $0.end } }

    /// The first human block starting after `sample`.
    func nextHuman(after sample: Int) -> HumanBlock? { blocks.first { $0.start > sample } }

    /// The promo window running at `sample` whose product passes `isAvailable`.
    func promo(at sample: Int, where isAvailable: (String) -> Bool) -> PromoWindow? {
        promos.first { $0.start <= sample && sample < $0.end && isAvailable($0.productID) }
    }

    /// The first promo window starting after `sample` whose product passes `isAvailable`.
    func nextPromo(after sample: Int, where isAvailable: (String) -> Bool) -> PromoWindow? {
        promos.first { $0.start > sample && isAvailable($0.productID) }
    }
}

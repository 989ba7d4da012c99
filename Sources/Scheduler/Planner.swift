import Foundation
import StandInCore

/// The channel's rundown as a state machine: `next()` says what airs from the current
/// position, `aired(_:actualLength:)` reports how long it really ran, and the plan goes on
/// from the real end.
///
/// ```swift
/// var planner = Planner(settings: settings, epoch: start)
/// while streaming {
///     let segment = planner.next()          // idempotent until aired
///     let length = try render(segment)      // the engine: speech, frames, cut at mustEndBy
///     try planner.aired(segment, actualLength: length)
/// }
/// ```
/// Pure: no I/O and no clock. Positions are samples since the epoch; the epoch is used only
/// to place the file's wall-clock shifts and promos. Each step is O(products).
public struct Planner: Sendable {
    public let settings: PlanSettings
    public let timeline: Timeline
    /// Where the next segment starts (samples since the epoch, on a frame).
    public internal(set) var position = 0
    /// The segment handed out by `next()` and not reported as aired yet.
    public internal(set) var pending: Segment?
    var agenda: Agenda
    var rotation: Rotation
    var talk = TalkState()
    /// Start of the human block whose handoff line has aired.
    var handoffSaidFor: Int?
    /// The boundary a fitted filler was chosen for (at most one per boundary).
    var fillerUsedBefore: Int?
    var count = 0

    public init(settings: PlanSettings, epoch: Date) {
        self.init(settings: settings, epoch: epoch, position: 0, nextIndex: 0)
    }

    /// A planner that starts planning at `position` (a whole frame) with segment number
    /// `nextIndex`: how a resume goes on after an as-run entry the plan did not foresee.
    init(settings: PlanSettings, epoch: Date, position: Int, nextIndex: Int) {
        self.settings = settings
        timeline = Timeline(epoch: epoch, timeZone: settings.channel.timeZone, video: settings.channel.video)
        self.position = timeline.roundedUpToFrame(position)
        count = nextIndex
        agenda = Agenda(channel: settings.channel, timeline: timeline, from: self.position)
        rotation = Rotation(products: settings.products,
                            minGap: settings.channel.rotation.minGapMinutes * 60 * MediaClock.sampleRate,
                            seed: settings.seed)
    }

    /// The segment that airs from `position`. Calling it again before `aired` returns the same segment.
    public mutating func next() -> Segment {
        if let pending { return pending }
        agenda.cover(position)
        let segment: Segment
        if let human = agenda.human(at: position) {
            talk.enterHumanBlock()
            var block = make(.human, length: human.end - position, mustEndBy: human.end, host: human.host)
            block.shiftMode = human.mode
            segment = block
        } else {
            segment = virtualSegment()
        }
        pending = segment
        return segment
    }

    /// Reports that `segment` (the pending one) ran for `actualLength` samples. The end is
    /// rounded up to a whole frame and never passes `mustEndBy` (the engine cuts there).
    public mutating func aired(_ segment: Segment, actualLength: Int) throws {
        guard let pending, segment == pending else { throw SchedulerError.notPending(index: segment.index) }
        var end = timeline.roundedUpToFrame(segment.start + max(actualLength, 1))
        if let limit = segment.mustEndBy { end = min(end, limit) }
        if let id = segment.productID, let index = rotation.index(of: id) { rotation.aired(index, endingAt: end) }
        position = end
        self.pending = nil
        count += 1
    }

    /// The first human shift starting after `sample` (within the two days the plan has
    /// resolved ahead of its position).
    public func upcomingHuman(after sample: Int) -> HumanBlock? { agenda.nextHuman(after: sample) }

    /// New stock for a product; at 0 it drops out of the plan from the next segment on.
    public mutating func updateStock(_ productID: String, _ units: Int) {
        if let index = rotation.index(of: productID) { rotation.updateStock(index, max(0, units)) }
    }

    /// Stock the planner currently knows for `productID` (nil: not tracked).
    public func stock(of productID: String) -> Int? { rotation.index(of: productID).flatMap { rotation.stock[$0] } }

    func make(_ kind: Segment.Kind, length: Int, mustEndBy: Int?, product: Int? = nil, host: String? = nil,
              countdownTo: Int? = nil) -> Segment {
        Segment(index: count, kind: kind, productID: product.map { rotation.ids[$0] }, host: host, start: position,
                estimatedLength: length, mustEndBy: mustEndBy, countdownTo: countdownTo,
                stockLeft: product.flatMap { rotation.stock[$0] })
    }

    /// The estimate for `kind`, on whole frames.
    func estimate(_ kind: Segment.Kind) -> Int { timeline.roundedUpToFrame(settings.lengths.estimate(kind)) }
}

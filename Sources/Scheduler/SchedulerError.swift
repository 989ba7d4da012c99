/// What can go wrong while planning or resuming a plan.
public enum SchedulerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `aired` was given a segment that is not the one `next()` returned last.
    case notPending(index: Int)
    /// The as-run history disagrees with what the planner plans at that point, so the
    /// inputs (channel, catalog, seed, epoch) are not the ones the history was made with.
    case historyMismatch(entry: Int, planned: String, logged: String)
    /// An unfinished as-run entry that is not the last one.
    case unfinishedEntry(entry: Int)
    /// An interjection while a human host has the room.
    case humanOnAir
    /// An interjection names a product the plan does not carry.
    case unknownProduct(String)
    /// An interjection of a kind an operator cannot put on air (a hold, a handoff, …).
    case notInterjectable(Segment.Kind)

    public var description: String {
        switch self {
        case .notPending(let index):
            "segment #\(index) was reported as aired, but it is not the segment the planner handed out last"
        case let .historyMismatch(entry, planned, logged):
            "as-run entry #\(entry + 1) (\(logged)) is not what this channel plans there (\(planned)); "
                + "was the channel, catalog, seed or epoch changed?"
        case .unfinishedEntry(let entry):
            "as-run entry #\(entry + 1) has no length but is not the last entry"
        case .humanOnAir:
            "a human host is on air; the virtual host takes nothing until the shift ends"
        case .unknownProduct(let id):
            "product '\(id)' is not in the catalog (or is out of stock)"
        case .notInterjectable(let kind):
            "'\(kind.rawValue)' cannot be injected; use a product step (intro, selling_point, offer, questions, "
                + "call_to_action, flash_deal) or a filler (brand_story, engagement, coming_up)"
        }
    }
}

/// What can go wrong while planning or resuming a plan.
public enum SchedulerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `aired` was given a segment that is not the one `next()` returned last.
    case notPending(index: Int)
    /// The as-run history disagrees with what the planner plans at that point, so the
    /// inputs (channel, catalog, seed, epoch) are not the ones the history was made with.
    case historyMismatch(entry: Int, planned: String, logged: String)
    /// An unfinished as-run entry that is not the last one.
    case unfinishedEntry(entry: Int)

    public var description: String {
        switch self {
        case .notPending(let index):
            "segment #\(index) was reported as aired, but it is not the segment the planner handed out last"
        case let .historyMismatch(entry, planned, logged):
            "as-run entry #\(entry + 1) (\(logged)) is not what this channel plans there (\(planned)); "
                + "was the channel, catalog, seed or epoch changed?"
        case .unfinishedEntry(let entry):
            "as-run entry #\(entry + 1) has no length but is not the last entry"
        }
    }
}

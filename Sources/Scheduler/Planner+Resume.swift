import Foundation
import StandInCore

/// Where a restarted process picks the plan up.
public struct Resumption: Sendable {
    /// The planner, with `segment` pending: report it with `aired` when it ends.
    public var planner: Planner
    /// What should be on air at `now`.
    public var segment: Segment
    /// How far into `segment` `now` is, in samples.
    public var offset: Int
    /// As-run entries that were not what the plan foresees (the channel file or the seed
    /// changed since they aired); the plan went on from where each ended.
    public var unforeseenEntries = 0
}

extension Planner {
    /// What should be on air at `now`, from the channel's settings, its epoch and the as-run
    /// history, so a restarted process resumes in place.
    ///
    /// The history is replayed from the epoch, and each entry's real length moves the plan
    /// on exactly as it did live, so the result is the segment an uninterrupted run would
    /// have on air. Time nobody logged (the process was down) is assumed to have run at the
    /// estimates, up to the next logged entry. An entry that is not what the plan foresees
    /// there (the channel file or the seed changed since) is trusted: the plan goes on from
    /// where it ended (counted in `unforeseenEntries`), so an edit never keeps a channel off
    /// air. An unfinished last entry (no length) is still on air if `now` is before its
    /// `mustEndBy` and within twice its estimate. An entry that says a wall-clock step rebuilt
    /// the plan there (`replannedIndex`) rebases the plan as the live engine did; entries the
    /// step jumped over (`skipped`) are not replayed.
    public static func resume(settings: PlanSettings, epoch: Date, history: [AsRunEntry], now: Date) throws -> Resumption {
        var planner = Planner(settings: settings, epoch: epoch)
        var unforeseen = 0
        let nowSample = Int((now.timeIntervalSince(epoch) * Double(MediaClock.sampleRate)).rounded())  // a Date holds no finer
        for (number, entry) in history.enumerated() {
            if entry.skipped == true { continue }   // jumped over by a clock step: never aired
            if let index = entry.replannedIndex, planner.pending == nil {   // a clock step rebuilt the plan here
                planner.rebase(to: entry.start, nextIndex: index)
            }
            for (id, units) in (entry.stockUpdates ?? [:]).sorted(by: { $0.key < $1.key }) { planner.updateStock(id, units) }
            var segment = planner.next()
            while segment.start < entry.start {   // aired while nobody logged: at the estimate, cut at the entry
                try planner.aired(segment, actualLength: min(segment.estimatedLength, entry.start - segment.start))
                segment = planner.next()
            }
            guard entry.matches(segment) else {
                unforeseen += 1
                planner = Planner(settings: settings, epoch: epoch, position: entry.start + (entry.actualLength ?? 0),
                                  nextIndex: planner.count + 1)
                continue
            }
            if let length = entry.actualLength {
                try planner.aired(segment, actualLength: length)
                continue
            }
            guard number == history.count - 1 else { throw SchedulerError.unfinishedEntry(entry: number) }
            let stillOn = min(segment.mustEndBy ?? .max, segment.start + 2 * segment.estimatedLength)
            if nowSample < stillOn {
                return Resumption(planner: planner, segment: segment, offset: max(0, nowSample - segment.start),
                                  unforeseenEntries: unforeseen)
            }
            try planner.aired(segment, actualLength: segment.estimatedLength)
        }
        while true {
            let segment = planner.next()
            if nowSample < segment.estimatedEnd {
                return Resumption(planner: planner, segment: segment, offset: max(0, nowSample - segment.start),
                                  unforeseenEntries: unforeseen)
            }
            try planner.aired(segment, actualLength: segment.estimatedLength)
        }
    }

    /// The plan from here on, every segment assumed to run exactly its estimate: a lazy,
    /// unbounded sequence (take what you need with `prefix(while:)`).
    public func estimatedRundown() -> EstimatedRundown { EstimatedRundown(planner: self) }
}

/// The plan as a lazy, unbounded sequence of segments, each assumed to run as estimated.
public struct EstimatedRundown: Sequence, IteratorProtocol, Sendable {
    var planner: Planner

    public mutating func next() -> Segment? {
        let segment = planner.next()
        try? planner.aired(segment, actualLength: segment.estimatedLength)  // cannot fail: it is the pending segment
        return segment
    }
}

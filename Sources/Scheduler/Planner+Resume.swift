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
    /// Segments that aired without an entry: the numbers the log skips (the disk refused
    /// their entries and the process ended before it took them). Replayed as planned.
    public var missingEntries = 0
}

extension Planner {
    /// What should be on air at `now`, from the channel's settings, its epoch and the as-run
    /// history, so a restarted process resumes in place.
    ///
    /// The history is replayed from the epoch, and each entry's real length moves the plan
    /// on exactly as it did live, so the result is the segment an uninterrupted run would
    /// have on air. Segments that aired without an entry (the entry numbers jump: a disk
    /// refused them) are replayed as planned, as many as are missing, sharing the time up to
    /// the next entry (`missingEntries`). Time nobody logged (the process was down) is assumed
    /// to have run at the estimates, up to the next logged entry. An entry that is not what the
    /// plan foresees there is trusted: the plan takes it as aired and goes on from its end
    /// with the rotation it had (counted in `unforeseenEntries` unless entries were missing
    /// just before it, which explains the difference), so neither an edit nor a lost entry
    /// keeps a channel off air, repeats a number or starts the rotation over. An unfinished last
    /// entry (no length) is still on air if `now` is before its `mustEndBy` and within twice its
    /// estimate. An entry that says a wall-clock step rebuilt the plan there (`replannedIndex`)
    /// rebases the plan as the live engine did; entries the step jumped over (`skipped`) are
    /// not replayed.
    public static func resume(settings: PlanSettings, epoch: Date, history: [AsRunEntry], now: Date) throws -> Resumption {
        var planner = Planner(settings: settings, epoch: epoch)
        var unforeseen = 0, missing = 0
        let nowSample = Int((now.timeIntervalSince(epoch) * Double(MediaClock.sampleRate)).rounded())  // a Date holds no finer
        for (number, entry) in history.enumerated() {
            if entry.skipped == true { continue }   // jumped over by a clock step: never aired
            if let index = entry.replannedIndex, planner.pending == nil {   // a clock step rebuilt the plan here
                planner.rebase(to: entry.start, nextIndex: index)
            }
            for (id, units) in (entry.stockUpdates ?? [:]).sorted(by: { $0.key < $1.key }) { planner.updateStock(id, units) }
            let unlogged = entry.index.map { $0 - planner.count } ?? 0
            if unlogged > 0 {
                missing += unlogged
                try planner.airedUnlogged(segments: unlogged, endingAt: entry.start)
            }
            var segment = planner.next()
            while segment.start < entry.start {   // aired while nobody logged: at the estimate, cut at the entry
                try planner.aired(segment, actualLength: min(segment.estimatedLength, entry.start - segment.start))
                segment = planner.next()
            }
            guard entry.matches(segment) else {
                if unlogged <= 0 { unforeseen += 1 }
                planner.adopt(entry)
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
                                  unforeseenEntries: unforeseen, missingEntries: missing)
            }
            try planner.aired(segment, actualLength: segment.estimatedLength)
        }
        while true {
            let segment = planner.next()
            if nowSample < segment.estimatedEnd {
                return Resumption(planner: planner, segment: segment, offset: max(0, nowSample - segment.start),
                                  unforeseenEntries: unforeseen, missingEntries: missing)
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

import Foundation
import StandInCore

extension Planner {
    /// Segment number the next planned segment gets.
    public var nextIndex: Int { count }

    /// Moves the plan to `position` after the wall clock stepped (forward: the time jumped over
    /// is not aired; backward: the plan is rebuilt from the earlier time), numbering on from
    /// `nextIndex`. Shifts and promos are placed anew from there; the product rotation keeps
    /// its credits, and after a backward step each product's last airing moves back with the
    /// clock, so its minimum gap still counts from when it really aired.
    ///
    /// ```swift
    /// try planner.aired(segment, actualLength: cut)          // the segment the step cut
    /// planner.rebase(to: planner.position + step, nextIndex: planner.nextIndex)
    /// let next = planner.next()                               // starts at the new position
    /// ```
    /// A pending segment is dropped: call it between `aired` and `next`.
    public mutating func rebase(to position: Int, nextIndex: Int) {
        let target = timeline.roundedUpToFrame(max(0, position))
        let shift = target - self.position
        if shift < 0 { rotation.moveBack(by: -shift) }
        pending = nil
        self.position = target
        count = max(count, nextIndex)
        agenda = Agenda(channel: settings.channel, timeline: timeline, from: target)
        handoffSaidFor = nil
        fillerUsedBefore = nil
    }
}

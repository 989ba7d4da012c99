import Foundation
import Scheduler
import StandInCore

extension RenderStage {
    /// Most segments one forward step logs as skipped (a one-hour step jumps about a hundred
    /// 30-second segments);
    /// past it the plan still moves, and the log line says how many more.
    static let skippedEntriesMax = 500

    /// At a segment boundary, when the wall clock stepped since the last one: the plan moves
    /// to where the wall clock now says, while the output's timeline goes on without a gap
    /// (the render's origin moves with the plan). Forward: the segments jumped over are logged as skipped, and a shift
    /// the wall clock is now inside starts at once. Backward: the plan is rebuilt from the
    /// earlier time. The first segment of the new plan carries each step as an event. True
    /// when the plan moved.
    ///
    /// The plan moves to where the wall clock says (the clock's origin), so a step back
    /// before the epoch, which takes the plan only as far as the epoch, is made up by the
    /// next step instead of being carried on.
    func applyClockSteps(_ planner: inout Planner) -> Bool {
        let (steps, origin) = clock.takeSteps()
        guard !steps.isEmpty else { return false }
        let from = planner.position
        let total = origin - self.origin
        var skipped: [Segment] = []
        if total > 0 {
            var rundown = planner.estimatedRundown()
            while skipped.count < Self.skippedEntriesMax, let segment = rundown.next(), segment.start < from + total {
                skipped.append(segment)
            }
        }
        if !skipped.isEmpty {
            emit(.skipped(skipped.map { skippedRecord($0, before: from + total, at: from) }), at: from)
        }
        planner.rebase(to: from + total, nextIndex: planner.nextIndex + skipped.count)
        self.origin += planner.position - from
        airingFrom = planner.position
        replannedAt = planner.position
        for step in steps {
            let direction = step.samples > 0 ? "forward" : "back"
            carriedEvents.append(AsRunEvent(
                kind: .clockStep, by: "wall clock", position: planner.position, time: step.seenAt,
                detail: "the wall clock stepped \(direction) \(Self.seconds(abs(step.samples))) s; the plan was rebuilt from \(timeline.date(atSample: planner.position))",
                stepMilliseconds: step.milliseconds))
        }
        for step in steps { desk.metrics.clockStepped(forward: step.samples > 0) }
        logger.warning("wall clock stepped: the plan moves with it, the output goes on", metadata: [
            "step_s": "\(steps.map { Self.seconds($0.samples) }.joined(separator: ", "))",
            "plan_moved_s": "\(Self.seconds(planner.position - from))", "plan_from": "\(timeline.date(atSample: from))",
            "plan_to": "\(timeline.date(atSample: planner.position))", "skipped_logged": "\(skipped.count)",
            "skipped_more": "\(total > 0 && skipped.count == Self.skippedEntriesMax ? "yes" : "no")",
        ])
        return true
    }

    /// The as-run entry of a planned segment a forward step jumped over at channel position
    /// `position`: planned times, its planned length up to `end`, `skipped`.
    private func skippedRecord(_ segment: Segment, before end: Int, at position: Int) -> AsRunRecord {
        let length = max(0, min(segment.estimatedLength, end - segment.start))
        var entry = record(segment, length: length, lines: [], blocked: [], onAir: [])
        entry.skipped = true
        entry.ptsStart = max(0, position - self.origin)
        entry.ptsEnd = entry.ptsStart
        return entry
    }

    static func seconds(_ samples: Int) -> String { String(format: "%.3f", Double(samples) / Double(MediaClock.sampleRate)) }
}

import Foundation
import Logging
import Scheduler
import StandInCore

/// The send stage's as-run writing: every segment that started airing gets exactly one entry,
/// at its end, or at a stop that cuts it (`interrupted`); entries the disk refuses wait in
/// order (`AsRunBacklog`). A kill's cut segment is logged at the next start (`LiveStartup`).
extension SendStage {
    /// The sender's end: a segment still on air (a stop, or a failure, cut it) is logged as
    /// aired through `position`, interrupted, after what waits; the marker goes.
    func logSegmentCutByStop(through position: Int) {
        var cut: AsRunRecord?
        if var marker = onAir.current {
            marker.through = max(marker.through, position)
            cut = marker.cut(samplesPerFrame: video.samplesPerFrame)
        }
        writeAsRun(cut)
        if backlog.count > 0 {
            logger.error("as-run log: entries the disk did not take are lost at the stop", metadata: ["entries": "\(backlog.count)"])
        }
        onAir.remove()
    }

    /// Appends `record` (nil: only retries) behind the entries waiting for the disk; says so
    /// once when the disk starts refusing and once when all are written again.
    func writeAsRun(_ record: AsRunRecord?) {
        let waited = backlog.count, dropped = backlog.dropped
        if let error = backlog.write(record, with: asRun.append) {
            if waited == 0 {
                logger.error("as-run log: cannot write; entries wait in memory", metadata: ["error": "\(error)"])
            }
            if backlog.dropped > dropped {
                logger.error("as-run log: backlog full, oldest entries dropped", metadata: ["dropped": "\(backlog.dropped)"])
            }
        } else if waited > 0 {
            logger.warning("as-run log: written again", metadata: ["entries": "\(waited + (record == nil ? 0 : 1))"])
        }
        if backlog.count != waited {
            desk.update { [count = backlog.count] in $0.asRunBacklog = count }
            desk.metrics.asRunBacklog.record(backlog.count)
        }
    }

    /// The status line: what is on air, every destination, packets released late.
    func logStatus() {
        let statuses = sinks.flatMap(\.statuses)
        var metadata: Logger.Metadata = [
            "on_air": "\(onAirSummary?.description ?? "-")",
            "destinations": "\(statuses.isEmpty ? "none (yielded or stopped)" : statuses.map(\.description).joined(separator: "; "))",
        ]
        // Only when it happened: rendering fell behind the clock (an overloaded machine).
        if late.packets > 0 { metadata["late_audio_packets"] = "\(late.packets) (up to \(Int(late.worst * 1000)) ms)" }
        logger.info("status", metadata: metadata)
    }
}

import Foundation
import Scheduler
import StandInCore

/// Every segment that started airing gets exactly one as-run entry: at its end (the sender),
/// at a stop that cuts it (the sender, `interrupted`), or, after a kill, at the next start
/// from `<state>/on-air.json` (`interrupted`, the length up to the last beat).
extension LiveEngine {
    /// The segment the last process was airing when it was killed, logged once (interrupted,
    /// with the length that aired by its last beat); the marker goes either way. Returns the
    /// entry, and whether the disk took it (if not, the sender writes it first, once it does).
    func logSegmentCutByKill(logged records: [AsRunRecord]) -> (entry: AsRunRecord, written: Bool)? {
        let file = OnAirFile(folder: options.stateFolder, files: options.stateFiles)
        guard let marker = OnAirFile.load(folder: options.stateFolder, files: options.stateFiles) else { return nil }
        defer { file.remove() }
        guard !records.contains(where: { marker.isLogged(by: $0) }),
              let entry = marker.cut(samplesPerFrame: video.samplesPerFrame) else { return nil }
        logger.warning("as-run: the segment on air when the last process ended is logged as interrupted", metadata: [
            "index": "\(entry.index)", "kind": "\(entry.kind.rawValue)",
            "aired_s": "\(String(format: "%.2f", Double(entry.length) / Double(MediaClock.sampleRate)))",
            "last_seen": "\(marker.updated)",
        ])
        do {
            try asRun.append(entry)
            return (entry, true)
        } catch {
            logger.error("as-run log: cannot write; the entry waits in memory", metadata: ["error": "\(error)"])
            return (entry, false)
        }
    }

    /// Tells the sender `segment` starts airing at `position` (its length and lines with their
    /// channel positions, as planned), before `.segmentStarts`.
    func pushBegins(_ segment: Segment, length: Int, lines: [(text: String, start: Int)] = [], blocked: [String] = [],
                    onAir: [String], run: RenderRun, at position: Int) {
        let planned = record(segment, length: length, run: run, lines: lines.map(\.text), blocked: blocked, onAir: onAir)
        queue.push(.segmentBegins(OnAirMarker(record: planned, lineStarts: lines.map(\.start), origin: run.origin,
                                              through: position)), at: MediaTime(samples: position - run.origin))
    }

    /// The sender's end: a segment still on air (a stop, or a failure, cut it) is logged as
    /// aired through `position`, interrupted, after what waits; the marker goes.
    func logSegmentCutByStop(_ onAir: OnAirFile, through position: Int, backlog: inout AsRunBacklog) {
        var cut: AsRunRecord?
        if var marker = onAir.current {
            marker.through = max(marker.through, position)
            cut = marker.cut(samplesPerFrame: video.samplesPerFrame)
        }
        writeAsRun(cut, &backlog)
        if backlog.count > 0 {
            logger.error("as-run log: entries the disk did not take are lost at the stop", metadata: ["entries": "\(backlog.count)"])
        }
        onAir.remove()
    }

    /// Appends `record` (nil: only retries) behind the entries waiting for the disk; says so
    /// once when the disk starts refusing and once when all are written again.
    func writeAsRun(_ record: AsRunRecord?, _ backlog: inout AsRunBacklog) {
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
}

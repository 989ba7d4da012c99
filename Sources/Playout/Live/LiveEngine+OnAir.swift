import Foundation
import Scheduler
import StandInCore

/// Every segment that started airing gets exactly one as-run entry: at its end (the sender),
/// at a stop that cuts it (the sender, `interrupted`), or, after a kill, at the next start
/// from `<state>/on-air.json` (`interrupted`, the length up to the last beat).
extension LiveEngine {
    /// The segment the last process was airing when it was killed, logged once (interrupted,
    /// with the length that aired by its last beat); the marker goes either way.
    func logSegmentCutByKill() throws {
        guard let marker = OnAirFile.load(folder: options.stateFolder) else { return }
        let logged = try AsRunLog.read(folder: asRun.folder, logger: logger).contains { marker.isLogged(by: $0) }
        if !logged, let entry = marker.cut(samplesPerFrame: video.samplesPerFrame) {
            try asRun.append(entry)
            logger.warning("as-run: the segment on air when the last process ended is logged as interrupted", metadata: [
                "index": "\(entry.index)", "kind": "\(entry.kind.rawValue)",
                "aired_s": "\(String(format: "%.2f", Double(entry.length) / Double(MediaClock.sampleRate)))",
                "last_seen": "\(marker.updated)",
            ])
        }
        try? FileManager.default.removeItem(atPath: OnAirFile(folder: options.stateFolder).path)
    }

    /// Tells the sender `segment` starts airing at `position` (its length and lines with their
    /// channel positions, as planned), before `.segmentStarts`.
    func pushBegins(_ segment: Segment, length: Int, lines: [(text: String, start: Int)] = [], blocked: [String] = [],
                    onAir: [String], run: RenderRun, at position: Int) {
        let planned = record(segment, length: length, origin: run.origin, lines: lines.map(\.text), blocked: blocked, onAir: onAir)
        queue.push(.segmentBegins(OnAirMarker(record: planned, lineStarts: lines.map(\.start), origin: run.origin,
                                              through: position)), at: position)
    }

    /// The sender's end: a segment still on air (a stop, or a failure, cut it) is logged as
    /// aired through `position`, interrupted; the marker goes.
    func logSegmentCutByStop(_ onAir: OnAirFile, through position: Int) {
        if var marker = onAir.current {
            marker.through = max(marker.through, position)
            if let entry = marker.cut(samplesPerFrame: video.samplesPerFrame) {
                do {
                    try asRun.append(entry)
                } catch {
                    logger.error("as-run log: cannot write", metadata: ["error": "\(error)"])
                }
            }
        }
        onAir.remove()
    }
}

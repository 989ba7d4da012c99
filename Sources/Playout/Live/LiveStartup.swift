import Foundation
import Logging
import Scheduler
import Scripting
import StandInCore

/// Where a starting process comes on air: the as-run log read (damaged lines set aside), the
/// segment a kill cut logged from `<state>/on-air.json` (`interrupted`, the length up to its
/// last beat), and the plan resumed after what aired. Every segment that started airing gets
/// exactly one as-run entry: at its end or at a stop (the send stage), or after a kill, here.
struct LiveStartup: Sendable {
    let resumption: Resumption
    /// The channel position of output pts 0: the resume point, on a whole frame.
    let origin: Int
    /// Lines aired before (the repetition window).
    let history: LineHistory
    /// The kill's entry when the disk did not take it now: the send stage writes it first.
    let waiting: [AsRunRecord]

    static func resume(_ context: LiveContext, asRun: AsRunLog, epoch: Date, persona: Persona) throws -> LiveStartup {
        let (options, logger, desk) = (context.options, context.logger, context.desk)
        // A disk that takes nothing now (full, read-only) must not keep the room off air: damaged
        // lines are then read past, and the cut segment's entry waits for the sender.
        var repaired = true
        do {
            desk.metrics.asRunLinesQuarantined(try AsRunLog.repair(folder: asRun.folder, logger: logger, files: options.stateFiles))
        } catch {
            repaired = false
            logger.error("as-run log: cannot move damaged lines aside now; reading past them", metadata: ["error": "\(error)"])
        }
        var records = try AsRunLog.read(folder: asRun.folder, logger: logger, skippingDamaged: !repaired)
        let cut = logSegmentCutByKill(logged: records, context, asRun: asRun)
        if let cut { records = (records + [cut.entry]).sorted(by: AsRunRecord.inPlanOrder) }
        let resumption = try Planner.resume(settings: context.settings, epoch: epoch, history: records.map(\.entry),
                                            now: context.clock.wallTime())
        logger.info("channel starting", metadata: [
            "channel": "\(context.channel.id)", "file": "\(context.channel.file)", "persona": "\(persona.id) \(persona.versionTag)",
            "epoch": "\(epoch)", "resumed_entries": "\(records.count)",
            "segment": "\(resumption.segment.kind.rawValue) \(resumption.segment.productID ?? "")",
            "segment_start": "\(resumption.segment.start)",
            "offset_s": "\(String(format: "%.2f", Double(resumption.offset) / Double(MediaClock.sampleRate)))",
            "destinations": "\(context.destinations.map(\.description).joined(separator: ", "))",
        ])
        if resumption.missingEntries > 0 {
            logger.warning("as-run log: segments aired without an entry (the disk refused them before the last process ended); replayed as planned",
                           metadata: ["entries": "\(resumption.missingEntries)"])
        }
        if resumption.unforeseenEntries > 0 {
            logger.warning("as-run entries differ from the current plan (the channel file or seed changed); continuing after them",
                           metadata: ["entries": "\(resumption.unforeseenEntries)"])
        }
        var history = LineHistory()
        for record in records { for line in record.lines { history.record(line, at: record.start) } }
        let perFrame = context.video.samplesPerFrame
        return LiveStartup(resumption: resumption,
                           origin: resumption.segment.start + resumption.offset - resumption.offset % perFrame,
                           history: history, waiting: cut.flatMap { $0.written ? nil : [$0.entry] } ?? [])
    }

    /// The segment the last process was airing when it was killed, logged once (interrupted,
    /// with the length that aired by its last beat); the marker goes either way. Returns the
    /// entry, and whether the disk took it (if not, the sender writes it first, once it does).
    private static func logSegmentCutByKill(logged records: [AsRunRecord], _ context: LiveContext,
                                            asRun: AsRunLog) -> (entry: AsRunRecord, written: Bool)? {
        let (options, logger) = (context.options, context.logger)
        let file = OnAirFile(folder: options.stateFolder, files: options.stateFiles)
        guard let marker = OnAirFile.load(folder: options.stateFolder, files: options.stateFiles) else { return nil }
        defer { file.remove() }
        guard !records.contains(where: { marker.isLogged(by: $0) }),
              let entry = marker.cut(samplesPerFrame: context.video.samplesPerFrame) else { return nil }
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
}

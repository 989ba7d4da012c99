import Foundation
import Logging
import MediaIO
import Scheduler
import StandInCore

extension LiveEngine {
    /// Takes items in stream order, waits for each one's time on the monotonic clock (output
    /// positions), and sends, logs or closes. As-run entries get the times they really aired.
    /// `waiting`: as-run entries the disk did not take before the loop began (written first).
    func sendLoop(waiting: [AsRunRecord] = []) {
        var onAirSummary: SegmentSummary?
        var sessions: [OutputFanOut] = []
        var lastStatus: Int?
        var position = 0   // output position reached (samples since pts 0)
        var origin = streamOrigin   // channel position of output 0 for what is sent now (the render's, by marker)
        var lastMetrics = -1
        var mirror = DestinationCounterMirror()
        var late = Lateness()
        var releasedThrough = Int.min   // packets due up to here go without waiting
        let onAir = OnAirFile(folder: options.stateFolder, files: options.stateFiles, monotonic: options.monotonicClock)
        var backlog = AsRunBacklog()
        var markerRefused = false
        for record in waiting { writeAsRun(record, &backlog) }
        var airedAt: [Int: Date] = [:]   // segment index → wall time its first sample went out
        let paced = clock.isPaced
        while let (at, item) = queue.pop() {
            switch item {
            case .segmentBegins(var marker):
                origin = marker.origin
                if let measured = clock.airTime(of: marker.through - origin) {
                    marker.record.startTime = measured
                    airedAt[marker.record.index] = measured
                }
                do {
                    try onAir.begin(marker)
                    if markerRefused { logger.warning("on-air marker: written again") }
                    markerRefused = false
                } catch {
                    if !markerRefused { logger.error("on-air marker: cannot write (said once until it can)", metadata: ["error": "\(error)"]) }
                    markerRefused = true
                }
            case .segmentStarts(let summary):
                onAirSummary = summary
                let since = clock.airTime(of: position) ?? timeline.date(atSample: position + origin)
                let human = summary.block == .human
                desk.update {
                    $0.onAir = LiveStatus.OnAir(block: summary.block, kind: summary.kind, productID: human ? nil : summary.productID,
                                                host: human ? summary.productID : nil,
                                                personaVersion: "\(persona.id) \(persona.versionTag)", since: since)
                    $0.humanOnAir = human
                }
            case let .packet(packet, outputs):
                if sessions.last !== outputs {
                    sessions.append(outputs)
                    desk.update { $0.outputs = outputs }
                }
                // The position the render stage queued it at (its audio's, for a video packet).
                let due = at.samples
                position = due
                // Audio is the clock; video packets travel with the audio rendered beside them,
                // the encoder's lookahead after their own time.
                if packet.kind == .audio, let lateness = clock.lateness(of: due), lateness > Self.lateAfterSeconds {
                    late.record(lateness)
                    desk.metrics.packetsLate.increment()
                }
                if due > releasedThrough {
                    _ = clock.wait(until: due, stopped: { stopRequested })
                    releasedThrough = due + Self.sendBatchSamples
                }
                queue.progressed(to: at)
                outputs.send(packet)
                onAir.beat(through: due + origin)
            case .sessionEnds(let outputs):
                if !outputs.stop() { logger.warning("a destination did not close in time") }
                sessions.removeAll { $0 === outputs }
                desk.update { $0.outputs = sessions.last }
            case .skipped(let records):   // jumped over by a clock step: for the record only
                var written = 0
                if backlog.count == 0 { try? asRun.append(records, written: &written) }
                for record in records.dropFirst(written) { writeAsRun(record, &backlog) }   // behind what waits
            case .aired(var record, let airedEnd):
                let end = airedEnd.samples
                // A yielded shift is queued at its start and waited out here; every other
                // segment's packets went out before this item, so a stop does not cut it.
                let waitedOut = record.kind == .human && record.switches == nil && paced
                let reached = clock.wait(until: end, stopped: {
                    if waitedOut { onAir.beat(through: min(clock.outputNow(), end) + origin) }
                    return stopRequested
                })
                if !reached, waitedOut {   // stopped inside the shift: logged cut after the loop
                    position = max(position, min(clock.outputNow(), end))
                    continue
                }
                position = end
                queue.progressed(to: airedEnd)
                desk.metrics.segmentAired(kind: record.kind.rawValue)
                if let start = airedAt.removeValue(forKey: record.index) { record.measured(from: start) }
                if let current = onAir.current, current.isLogged(by: record) { onAir.logged() }
                writeAsRun(record, &backlog)
            case let .answerAirs(questionID, askedAt, length):
                guard clock.wait(until: position, stopped: { stopRequested }) else { continue }
                let latency = Date().timeIntervalSince(askedAt)
                desk.metrics.questionLatency.recordSeconds(latency)
                logger.info("answer on air", metadata: ["question": "\(questionID)", "latency_ms": "\(Int(latency * 1000))",
                                                        "length_ms": "\(length * 1000 / MediaClock.sampleRate)"])
            }
            let second = position / MediaClock.sampleRate
            if second != lastMetrics {
                lastMetrics = second
                desk.update { $0.sent = position + origin }
                mirror.report(sessions.flatMap(\.workers), to: desk.metrics)
                if backlog.count > 0 { writeAsRun(nil, &backlog) }   // the disk may take them again
            }
            let started = !sessions.isEmpty || onAirSummary?.block == .human   // the first line once something is on air
            if started, lastStatus.map({ second - $0 >= options.statusEverySeconds }) ?? true {
                lastStatus = second
                logStatus(onAir: onAirSummary, sessions: sessions, late: late)
                late = Lateness()
            }
        }
        for outputs in sessions where !outputs.stop() { logger.warning("a destination did not close in time") }
        logSegmentCutByStop(onAir, through: position + origin, backlog: &backlog)
        logStatus(onAir: onAirSummary, sessions: [], late: late)
        logger.info("channel stopped")
    }

    /// How far ahead of its time a packet may go with the one the sender woke for: 40 ms,
    /// so one wake-up sends two or three packets (audio and video interleave at 21 and 33 ms)
    /// instead of one; the sender thread wakes ~25 times a second, not ~77. Servers and
    /// players buffer far more than this.
    static var sendBatchSamples: Int { MediaClock.sampleRate / 25 }

    private func logStatus(onAir: SegmentSummary?, sessions: [OutputFanOut], late: Lateness) {
        let statuses = sessions.flatMap(\.statuses)
        var metadata: Logger.Metadata = [
            "on_air": "\(onAir?.description ?? "-")",
            "destinations": "\(statuses.isEmpty ? "none (yielded or stopped)" : statuses.map(\.description).joined(separator: "; "))",
        ]
        // Only when it happened: rendering fell behind the clock (an overloaded machine).
        if late.packets > 0 { metadata["late_audio_packets"] = "\(late.packets) (up to \(Int(late.worst * 1000)) ms)" }
        logger.info("status", metadata: metadata)
    }

    /// An audio packet is late when released more than this after its time.
    static let lateAfterSeconds = 0.1
}

/// Audio packets released late since the last status line.
struct Lateness {
    var packets = 0
    var worst: TimeInterval = 0

    mutating func record(_ seconds: TimeInterval) {
        packets += 1
        worst = max(worst, seconds)
    }
}

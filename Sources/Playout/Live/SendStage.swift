import Foundation
import Logging
import MediaIO
import Scheduler
import StandInCore

/// The send stage: takes the render stage's items in stream order, waits for each one's time
/// on the monotonic clock (output positions, as queued), and sends packets to the session's
/// sink (every destination), keeps the on-air marker, and writes the as-run log with the times
/// segments really aired. It owns the as-run writing, the marker and the open sinks, and runs
/// on its own thread. Where a packet leaves the process: `sink.send` in `send(_:at:)`.
///
/// ```swift
/// let send = SendStage(context, asRun: log, origin: start, waiting: [])
/// send.run()   // returns once the queue is closed and drained
/// ```
final class SendStage {   // the send thread's alone
    let context: LiveContext
    let asRun: AsRunLog
    let onAir: OnAirFile
    var onAirSummary: SegmentSummary?
    /// Open sessions' sinks, oldest first (a closing one and the next may overlap).
    var sinks: [any PacketSink] = []
    var lastStatus: Int?
    /// Output position reached (samples since pts 0).
    var position = MediaTime.zero
    /// Channel position of output 0 for what is sent now (the render's, by marker).
    var origin: Int
    var lastMetrics = -1
    var mirror = DestinationCounterMirror()
    var late = Lateness()
    /// Packets due up to here go without waiting.
    var releasedThrough = MediaTime(samples: .min)
    var backlog = AsRunBacklog()
    var markerRefused = false
    /// Segment index → wall time its first sample went out.
    var airedAt: [Int: Date] = [:]

    /// `origin`: the channel position of output 0; `waiting`: as-run entries the disk did not
    /// take before the stage began (written first).
    init(_ context: LiveContext, asRun: AsRunLog, origin: Int, waiting: [AsRunRecord] = []) {
        self.context = context
        self.asRun = asRun
        self.origin = origin
        onAir = OnAirFile(folder: context.options.stateFolder, files: context.options.stateFiles,
                          monotonic: context.options.clock)
        for record in waiting { writeAsRun(record) }
    }

    var options: LiveOptions { context.options }
    var logger: Logger { context.logger }
    var video: VideoSettings { context.video }
    var timeline: Timeline { context.timeline }
    var clock: ChannelClock { context.clock }
    var desk: ControlDesk { context.desk }
    var queue: StageQueue<LiveItem> { context.queue }
    var stopRequested: Bool { context.stop.isRequested }

    /// Sends, logs or closes every item until the queue is closed and drained; then closes
    /// what is open and logs the segment a stop cut.
    func run() {
        while let (at, item) = queue.pop() {
            handle(item, at: at)
            let second = position.wholeSeconds
            if second != lastMetrics {
                lastMetrics = second
                desk.update { [sent = position.samples + origin] in $0.sent = sent }
                mirror.report(sinks, to: desk.metrics)
                if backlog.count > 0 { writeAsRun(nil) }   // the disk may take them again
            }
            let started = !sinks.isEmpty || onAirSummary?.block == .human   // the first line once something is on air
            if started, lastStatus.map({ second - $0 >= options.statusEverySeconds }) ?? true {
                lastStatus = second
                logStatus()
                late = Lateness()
            }
        }
        for sink in sinks where !sink.stop(timeout: .seconds(5)) { logger.warning("a destination did not close in time") }
        sinks = []
        logSegmentCutByStop(through: position.samples + origin)
        logStatus()
        logger.info("channel stopped")
    }

    private func handle(_ item: LiveItem, at due: MediaTime) {
        switch item {
        case .segmentBegins(let marker):
            begin(marker)
        case .segmentStarts(let summary):
            onAirSummary = summary
            let since = clock.airTime(of: position.samples) ?? timeline.date(atSample: position.samples + origin)
            let human = summary.block == .human
            desk.update {
                $0.onAir = LiveStatus.OnAir(block: summary.block, kind: summary.kind, productID: human ? nil : summary.productID,
                                            host: human ? summary.productID : nil, personaVersion: summary.personaVersion, since: since)
                $0.humanOnAir = human
            }
        case let .packet(packet, sink):
            send(packet, to: sink, at: due)
        case .sessionEnds(let sink):
            if !sink.stop(timeout: .seconds(5)) { logger.warning("a destination did not close in time") }
            sinks.removeAll { $0 === sink }
            desk.update { [last = sinks.last] in $0.outputs = last }
        case .skipped(let records):   // jumped over by a clock step: for the record only
            var written = 0
            if backlog.count == 0 { try? asRun.append(records, written: &written) }
            for record in records.dropFirst(written) { writeAsRun(record) }   // behind what waits
        case let .aired(record, end):
            aired(record, end: end)
        case let .answerAirs(questionID, askedAt, length):
            guard clock.wait(until: position.samples, stopped: { stopRequested }) else { return }
            let latency = Date().timeIntervalSince(askedAt)
            desk.metrics.questionLatency.recordSeconds(latency)
            logger.info("answer on air", metadata: ["question": "\(questionID)", "latency_ms": "\(Int(latency * 1000))",
                                                    "length_ms": "\(length * 1000 / MediaClock.sampleRate)"])
        }
    }

    /// A segment starts airing: its marker goes to disk with the time it really starts.
    private func begin(_ marker: OnAirMarker) {
        var marker = marker
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
    }

    /// Waits for `due` (a batch at a time) and hands `packet` to `sink`: where a packet leaves.
    private func send(_ packet: EncodedPacket, to sink: any PacketSink, at due: MediaTime) {
        if sinks.last !== sink {
            sinks.append(sink)
            desk.update { $0.outputs = sink }
        }
        position = due
        // Audio is the clock; video packets travel with the audio rendered beside them,
        // the encoder's lookahead after their own time.
        if packet.kind == .audio, let lateness = clock.lateness(of: due.samples), lateness > Self.lateAfterSeconds {
            late.record(lateness)
            desk.metrics.packetsLate.increment()
        }
        if due > releasedThrough {
            _ = clock.wait(until: due.samples, stopped: { stopRequested })
            releasedThrough = due + Self.sendBatch
        }
        queue.progressed(to: due)
        sink.send(packet)
        onAir.beat(through: due.samples + origin)
    }

    /// A segment has aired once the clock reaches `end`: its entry goes to the log. A yielded
    /// shift is queued at its start and waited out here; every other segment's packets went
    /// out before this item, so a stop does not cut it.
    private func aired(_ record: AsRunRecord, end: MediaTime) {
        var record = record
        let waitedOut = record.kind == .human && record.switches == nil && clock.isPaced
        let reached = clock.wait(until: end.samples, stopped: {
            if waitedOut { onAir.beat(through: min(clock.outputNow(), end.samples) + origin) }
            return stopRequested
        })
        if !reached, waitedOut {   // stopped inside the shift: logged cut after the loop
            position = max(position, min(MediaTime(samples: clock.outputNow()), end))
            return
        }
        position = end
        queue.progressed(to: end)
        desk.metrics.segmentAired(kind: record.kind.rawValue)
        if let start = airedAt.removeValue(forKey: record.index) { record.measured(from: start) }
        if let current = onAir.current, current.isLogged(by: record) { onAir.logged() }
        writeAsRun(record)
    }

    /// How far ahead of its time a packet may go with the one the sender woke for: 40 ms,
    /// so one wake-up sends two or three packets (audio and video interleave at 21 and 33 ms)
    /// instead of one; the sender thread wakes ~25 times a second, not ~77. Servers and
    /// players buffer far more than this.
    static var sendBatch: MediaTime { MediaTime(samples: MediaClock.sampleRate / 25) }

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

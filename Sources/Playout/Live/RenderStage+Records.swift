import Foundation
import Scheduler
import StandInCore

/// What the render stage tells the send stage besides packets: a segment begins (the on-air
/// marker and the status), a segment has aired (its as-run entry as planned; the sender adds
/// the measured times), a session ends.
extension RenderStage {
    /// Queues `item` for the sender at channel position `position` (the queue and the sender
    /// count output positions: samples since this process's pts 0).
    func emit(_ item: LiveItem, at position: Int) {
        queue.push(item, at: MediaTime(samples: position - origin))
    }

    /// Tells the sender `segment` starts airing at `position` (its length and lines with their
    /// channel positions, as planned), before `.segmentStarts`.
    func pushBegins(_ segment: Segment, length: Int, lines: [(text: String, start: Int)] = [], blocked: [String] = [],
                    onAir: [String], at position: Int) {
        let planned = record(segment, length: length, lines: lines.map(\.text), blocked: blocked, onAir: onAir)
        emit(.segmentBegins(OnAirMarker(record: planned, lineStarts: lines.map(\.start), origin: origin, through: position)),
             at: position)
    }

    /// Yield mode: the session ends at the shift; the sender waits the shift out.
    func airHumanBlock(_ segment: Segment) throws -> Int {
        try endSession(at: segment.start)
        let length = segment.estimatedLength
        pushBegins(segment, length: length, onAir: [], at: segment.start)
        emit(.segmentStarts(summary(.human, kind: Segment.Kind.human.rawValue, productID: segment.host)), at: segment.start)
        // Queued at the shift's start: the sender waits out the shift and reports progress.
        let events = carriedEvents
        carriedEvents = []
        pushAired(segment, length: length, lines: [], blocked: [], onAir: [], events: events, at: segment.start)
        return length
    }

    func pushAired(_ segment: Segment, length: Int, lines: [String], blocked: [String], onAir: [String],
                   events: [AsRunEvent] = [], at position: Int) {
        var record = record(segment, length: length, lines: lines, blocked: blocked, onAir: onAir)
        record.events = events.isEmpty ? nil : events
        let degraded = faults.take()
        record.degraded = degraded.isEmpty ? nil : degraded
        record.comments = desk.comments.takeTally()
        reportDegraded(degraded, index: segment.index)
        emit(.aired(record, end: MediaTime(samples: segment.start + length - origin)), at: position)
    }

    /// The destinations of a session starting at `position`: a recording gets its own file,
    /// named by the session's local start time (`room-20261201-190000.flv`), so neither a
    /// human shift nor a restart overwrites an earlier part; its folder is created.
    func sessionDestinations(startingAt position: Int) throws -> [Destination] {
        let formatter = DateFormatter()
        formatter.timeZone = channel.timeZone
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: timeline.date(atSample: position))
        return try destinations.map { destination in
            guard destination.isRecording else { return destination }
            let url = URL(fileURLWithPath: destination.url)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let name = url.deletingPathExtension().lastPathComponent + "-" + stamp + "." + (url.pathExtension.isEmpty ? "flv" : url.pathExtension)
            return Destination(name: destination.name, url: url.deletingLastPathComponent().appendingPathComponent(name).path)
        }
    }

    /// Flushes the session's encoders into the queue and tells the sender to close it
    /// (`position` on the channel clock).
    func endSession(at position: Int) throws {
        guard let current = session else { return }
        for packet in try current.flush() { emit(.packet(packet, current.outputs), at: position) }
        emit(.sessionEnds(current.outputs), at: position)
        session = nil
    }

    /// The segment's entry as planned: the sender replaces the times with the measured ones.
    func record(_ segment: Segment, length: Int, lines: [String], blocked: [String], onAir: [String]) -> AsRunRecord {
        var record = AsRunRecord(
            channel: channel.file, index: segment.index, kind: segment.kind, productID: segment.productID, host: segment.host,
            start: segment.start, length: length,
            startTime: timeline.date(atSample: segment.start), endTime: timeline.date(atSample: segment.start + length),
            ptsStart: max(0, segment.start - origin), ptsEnd: max(0, segment.start + length - origin),
            personaVersion: "\(persona.id) \(persona.versionTag)", lines: lines, blocked: blocked, destinations: onAir)
        if segment.start < airingFrom { record.resumedAt = airingFrom }
        if segment.start == replannedAt { record.replanned = true }
        return record
    }

    /// What the status says is on air from here.
    func summary(_ block: Segment.Block, kind: String, productID: String?) -> SegmentSummary {
        SegmentSummary(block: block, kind: kind, productID: productID, personaVersion: "\(persona.id) \(persona.versionTag)")
    }

    /// Container tags of the stream: the AI-content label (as for clips).
    var streamMetadata: [String: String] {
        ContentLabel(persona: persona, productID: nil).metadata
    }
}

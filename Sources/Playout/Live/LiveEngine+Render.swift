import Compositor
import Foundation
import Guide
import Scheduler
import Scripting
import Speech
import StandInCore

/// What the render thread keeps from segment to segment.
struct RenderRun {
    var scripter: SegmentScripter
    let synthesizer: SpeechSynthesizer
    var scenes: SceneCache
    var mixer: LiveMixer
    var frames = FrameCursor()
    var session: EncodeSession?
    /// The channel position of output pts 0 (moved by every wall-clock step the plan took).
    var origin: Int
    /// The channel position this process came on air at (a start, or the plan rebuilt after
    /// a clock step): a segment starting before it aired from here on (`resumedAt`).
    var airingFrom: Int
    /// Where the plan was rebuilt after a clock step: the segment starting there says so.
    var replannedAt: Int?
    var answerer: QuestionAnswerer
    /// An operator's injection taken at a boundary, to air as the next segment.
    var injection: ControlRequest?
    /// Events to record on the next segment (an injection or pause that begins it).
    var carriedEvents: [AsRunEvent] = []
    /// The product presented last: what a viewer's question is about during a filler.
    var lastProductID: String?
    /// What the segment being built lost so far (a picture, the music, a line).
    let faults = SegmentFaults()
}

extension LiveEngine {
    /// Plans, speaks, draws and encodes segment after segment, pushing packets and
    /// markers into the render-ahead queue (which holds it back to the lookahead).
    func renderLoop(from resumption: Resumption, history: LineHistory) throws {
        var planner = resumption.planner
        // Into the first segment: the resume offset, on a whole frame. It comes from the
        // plan's estimate, so it may pass the real segment's end: the rest carries on.
        var skip = resumption.offset - resumption.offset % video.samplesPerFrame
        let end = options.maxStreamSeconds.map { $0 * MediaClock.sampleRate }   // output position
        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        var run = RenderRun(
            scripter: SegmentScripter(builder: builder, channel: channel,
                                      disclosure: settings.disclosure, timeline: planner.timeline, seed: options.seed,
                                      history: history),
            synthesizer: try SpeechSynthesizer.shared(),
            scenes: try SceneCache(persona: persona, catalog: catalog, video: video),
            mixer: LiveMixer(musicBed: channel.audio.musicBed, gainDB: channel.audio.musicGainDB),
            origin: streamOrigin, airingFrom: streamOrigin,
            answerer: QuestionAnswerer(builder: builder, index: FAQIndex(catalog: catalog)))
        loadVoice(of: persona, run: run)
        while !stopRequested {
            if applyClockSteps(&planner, run: &run) { skip = 0 }
            let segment = try nextSegment(&planner, run: &run)
            if let end, segment.start - run.origin >= end { break }
            let length: Int
            if segment.kind == .human {
                // A --duration that ends inside the shift ends the block there.
                let block = end.map { segment.cut(at: $0 + run.origin) } ?? segment
                length = if segment.shiftMode == .relay, let relayIngest {
                    try airRelayBlock(block, skipping: skip, ingest: relayIngest, run: &run)
                } else {
                    try airHumanBlock(block, run: &run)
                }
            } else if let relayIngest, let early = try airEarlyRelay(segment, before: planner.upcomingHuman(after: segment.start),
                                                                     skipping: skip, ingest: relayIngest, run: &run) {
                length = early
            } else {
                adoptNewPersona(&run)
                guard let aired = try airVirtualSegment(segment, skipping: skip, run: &run) else { break }
                length = aired
            }
            try planner.aired(segment, actualLength: length)
            skip = max(0, skip - length)
        }
        try endSession(&run.session, at: planner.position, origin: run.origin)
    }

    /// Loads the persona's voice files now, while handles are free: speaking then opens none.
    /// A failure is only a warning here; each line retries it (and is skipped if it fails).
    private func loadVoice(of persona: Persona, run: RenderRun) {
        do {
            try run.synthesizer.load(persona.voice)
        } catch {
            logger.warning("voice not loaded ahead of speaking", metadata: ["error": "\(error)"])
        }
    }

    /// Switches to the persona `options.personaUpdates` offers, if any, keeping the
    /// repetition window; a persona that cannot present this catalog is refused and logged.
    private func adoptNewPersona(_ run: inout RenderRun) {
        let current = persona
        guard let next = options.personaUpdates?(current) else { return }
        do {
            _ = try run.synthesizer.checkVoice(next.voice.espeakVoice)
            loadVoice(of: next, run: run)
            let builder = try ScriptBuilder(persona: next, catalog: catalog)
            run.scenes = try SceneCache(persona: next, catalog: catalog, video: video)
            run.scripter = SegmentScripter(builder: builder, channel: channel, disclosure: channel.disclosure(for: next) ?? settings.disclosure,
                                           timeline: timeline, seed: options.seed, history: run.scripter.planner.history)
            run.answerer = QuestionAnswerer(builder: builder, index: run.answerer.index)
            air(next)
            logger.info("persona changed", metadata: ["from": "\(current.id) \(current.versionTag)", "to": "\(next.id) \(next.versionTag)"])
        } catch {
            logger.error("new persona version not aired", metadata: ["persona": "\(next.id) \(next.versionTag)", "error": "\(error)"])
        }
    }

    /// The planned segment, or an operator's in its place: an injection taken at the last
    /// boundary, or music while the host is paused. Tells the desk what comes next.
    private func nextSegment(_ planner: inout Planner, run: inout RenderRun) throws -> Segment {
        var segment = planner.next()
        if segment.kind != .human {
            if let request = run.injection, case let .inject(kind, productID) = request.command {
                run.injection = nil
                do {
                    segment = try planner.interject(kind, productID: productID)
                    run.carriedEvents.append(event(.inject, request, at: segment.start,
                                                   detail: [kind.rawValue, productID].compactMap { $0 }.joined(separator: " ")))
                } catch {
                    logger.warning("injection not aired", metadata: ["by": "\(request.requestedBy)", "error": "\(error)"])
                }
            } else if desk.isPaused {
                segment = try planner.interjectHold(maxLength: Self.pauseChunkSeconds * MediaClock.sampleRate)
            }
        }
        let upcoming = Array(planner.estimatedRundown().dropFirst().prefix(6))
        desk.update { $0.upcoming = [segment] + upcoming; $0.timeline = timeline }
        return segment
    }

    /// Yield mode: the session ends at the shift; the sender waits the shift out.
    private func airHumanBlock(_ segment: Segment, run: inout RenderRun) throws -> Int {
        try endSession(&run.session, at: segment.start, origin: run.origin)
        let length = segment.estimatedLength
        pushBegins(segment, length: length, onAir: [], run: run, at: segment.start)
        queue.push(.segmentStarts(SegmentSummary(block: .human, kind: Segment.Kind.human.rawValue, productID: segment.host)),
                   at: MediaTime(samples: segment.start - run.origin))
        // Queued at the shift's start: the sender waits out the shift and reports progress.
        let events = run.carriedEvents
        run.carriedEvents = []
        pushAired(segment, length: length, lines: [], blocked: [], onAir: [], events: events, run: run, at: segment.start)
        return length
    }

    func pushAired(_ segment: Segment, length: Int, lines: [String], blocked: [String], onAir: [String],
                   events: [AsRunEvent] = [], run: RenderRun, at position: Int) {
        var record = record(segment, length: length, run: run, lines: lines, blocked: blocked, onAir: onAir)
        record.events = events.isEmpty ? nil : events
        let degraded = run.faults.take()
        record.degraded = degraded.isEmpty ? nil : degraded
        record.comments = desk.comments.takeTally()
        reportDegraded(degraded, index: segment.index)
        queue.push(.aired(record, end: MediaTime(samples: segment.start + length - run.origin)), at: MediaTime(samples: position - run.origin))
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
    /// (`position` on the channel clock, `origin` the render's).
    func endSession(_ session: inout EncodeSession?, at position: Int, origin: Int) throws {
        guard let current = session else { return }
        for packet in try current.flush() { queue.push(.packet(packet, current.outputs), at: MediaTime(samples: position - origin)) }
        queue.push(.sessionEnds(current.outputs), at: MediaTime(samples: position - origin))
        session = nil
    }

    /// The segment's entry as planned: the sender replaces the times with the measured ones.
    func record(_ segment: Segment, length: Int, run: RenderRun, lines: [String], blocked: [String], onAir: [String]) -> AsRunRecord {
        var record = AsRunRecord(
            channel: channel.file, index: segment.index, kind: segment.kind, productID: segment.productID, host: segment.host,
            start: segment.start, length: length,
            startTime: timeline.date(atSample: segment.start), endTime: timeline.date(atSample: segment.start + length),
            ptsStart: max(0, segment.start - run.origin), ptsEnd: max(0, segment.start + length - run.origin),
            personaVersion: "\(persona.id) \(persona.versionTag)", lines: lines, blocked: blocked, destinations: onAir)
        if segment.start < run.airingFrom { record.resumedAt = run.airingFrom }
        if segment.start == run.replannedAt { record.replanned = true }
        return record
    }

    /// Container tags of the stream: the AI-content label (as for clips).
    var streamMetadata: [String: String] {
        ContentLabel(persona: persona, productID: nil).metadata
    }
}

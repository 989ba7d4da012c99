import Compositor
import Foundation
import Scheduler
import Scripting
import Speech
import StandInCore

/// What the render thread keeps from segment to segment.
struct RenderRun {
    var scripter: SegmentScripter
    let synthesizer: SpeechSynthesizer
    let scenes: SceneCache
    var mixer: LiveMixer
    var frames = FrameCursor()
    var session: EncodeSession?
    /// The channel position of output pts 0.
    let origin: Int
}

extension LiveEngine {
    /// Plans, speaks, draws and encodes segment after segment, pushing packets and
    /// markers into the render-ahead queue (which holds it back to the lookahead).
    func renderLoop(from resumption: Resumption, history: LineHistory) throws {
        var planner = resumption.planner
        // Into the first segment: the resume offset, on a whole frame. It comes from the
        // plan's estimate, so it may pass the real segment's end: the rest carries on.
        var skip = resumption.offset - resumption.offset % video.samplesPerFrame
        let end = options.maxStreamSeconds.map { streamOrigin + $0 * MediaClock.sampleRate }
        var run = RenderRun(
            scripter: SegmentScripter(builder: try ScriptBuilder(persona: persona, catalog: catalog), channel: channel,
                                      disclosure: settings.disclosure, timeline: planner.timeline, seed: options.seed,
                                      history: history),
            synthesizer: try SpeechSynthesizer.shared(),
            scenes: try SceneCache(persona: persona, catalog: catalog, video: video),
            mixer: try LiveMixer(musicBed: channel.audio.musicBed, gainDB: channel.audio.musicGainDB),
            origin: streamOrigin)
        while !stopRequested {
            let segment = planner.next()
            if let end, segment.start >= end { break }
            let length: Int
            if segment.kind == .human {
                length = if segment.shiftMode == .relay, let relayIngest {
                    try airRelayBlock(segment, skipping: skip, ingest: relayIngest, run: &run)
                } else {
                    try airHumanBlock(segment, run: &run)
                }
            } else if let relayIngest, let early = try airEarlyRelay(segment, before: planner.upcomingHuman(after: segment.start),
                                                                     skipping: skip, ingest: relayIngest, run: &run) {
                length = early
            } else {
                guard let aired = try airVirtualSegment(segment, skipping: skip, run: &run) else { break }
                length = aired
            }
            try planner.aired(segment, actualLength: length)
            skip = max(0, skip - length)
        }
        try endSession(&run.session, at: planner.position)
    }

    /// Yield mode: the session ends at the shift; the sender waits the shift out.
    private func airHumanBlock(_ segment: Segment, run: inout RenderRun) throws -> Int {
        try endSession(&run.session, at: segment.start)
        let length = segment.estimatedLength
        queue.push(.segmentStarts(SegmentSummary(block: "human", kind: "human", productID: segment.host)), at: segment.start)
        // Queued at the shift's start: the sender waits out the shift and reports progress.
        pushAired(segment, length: length, lines: [], blocked: [], onAir: [], run: run, at: segment.start)
        return length
    }

    /// Speaks and draws `segment` from `skip` samples in; its real length, or nil when a
    /// stop was requested midway (the segment is then not logged).
    private func airVirtualSegment(_ segment: Segment, skipping skip: Int, run: inout RenderRun) throws -> Int? {
        let script = run.scripter.script(for: segment)
        for blocked in script.blocked {
            logger.warning("guardrails kept a line off air", metadata: ["line": "\(blocked)"])
        }
        let timeline = try speak(script.lines, for: segment, run: run)
        let lines = timeline.lines.map(\.line.text), blocked = script.blocked.map(\.description)
        guard skip < timeline.length else {
            // It really ended before the resume point: it aired (in part) before the restart or
            // not at all, never from this process, so it gets no as-run entry (the log's
            // indices jump there, as for any downtime); the plan moves on by its real length.
            return timeline.length
        }
        try openSessionIfNeeded(at: segment.start + skip, run: &run)
        queue.push(.segmentStarts(SegmentSummary(block: "virtual", kind: segment.kind.rawValue, productID: segment.productID)),
                   at: segment.start + skip)
        try renderFrames(of: timeline, segment: segment, from: skip, run: &run)
        if stopRequested { return nil }
        pushAired(segment, length: timeline.length, lines: lines, blocked: blocked, onAir: destinations.map(\.name),
                  run: run, at: segment.start + timeline.length)
        run.scripter.aired(timeline.lines.map { ($0.line, segment.start + $0.start) })
        return timeline.length
    }

    /// The segment's lines spoken, cut at a sentence boundary before its deadline; a segment
    /// with nothing to say is music (a hold for its planned length, else one second).
    func speak(_ lines: [ScriptLine], for segment: Segment, run: RenderRun) throws -> SpokenTimeline {
        var speaker = SpokenTimelineBuilder(synthesizer: run.synthesizer, voice: persona.voice)
        let limit = segment.mustEndBy.map { $0 - segment.start }
        for line in lines {
            guard try speaker.append(line, within: limit) else { break }
        }
        let silent = min(segment.kind == .hold ? segment.estimatedLength : MediaClock.sampleRate, limit ?? .max)
        return speaker.timeline(video: video, paddedTo: speaker.spokenLength == 0 ? silent : 0)
    }

    /// Draws, mixes and encodes the frames of `timeline` from `skip` samples in.
    func renderFrames(of timeline: SpokenTimeline, segment: Segment, from skip: Int, run: inout RenderRun) throws {
        guard let session = run.session else { return }
        let compositor = try run.scenes.compositor(for: segment.productID)
        let spans = timeline.lines.map { (segment.start + $0.start)..<(segment.start + $0.speechEnd) }
        let blinks = BlinkSchedule(fps: video.fps, seed: options.seed)
        let perFrame = video.samplesPerFrame
        for frame in (skip / perFrame)..<(timeline.length / perFrame) where !stopRequested {
            let local = frame * perFrame, position = segment.start + local
            let state = FrameState(viseme: timeline.visemes.viseme(at: local + perFrame / 2),
                                   eyes: blinks.eyes(atFrame: position / perFrame),
                                   caption: timeline.line(at: local)?.line.text)
            let changed = run.frames.show(state, with: compositor)
            let audio = try run.mixer.mix(timeline.audio(frame: frame, video: video), at: position, spans: spans)
            for packet in try session.encode(run.frames.image, frame: run.frames.next(), changed: changed, audio: audio) {
                queue.push(.packet(packet, session.outputs), at: position)
            }
        }
    }

    private func pushAired(_ segment: Segment, length: Int, lines: [String], blocked: [String], onAir: [String],
                           run: RenderRun, at position: Int) {
        queue.push(.aired(record(segment, length: length, origin: run.origin, lines: lines, blocked: blocked, onAir: onAir),
                          end: segment.start + length), at: position)
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

    /// Flushes the session's encoders into the queue and tells the sender to close it.
    private func endSession(_ session: inout EncodeSession?, at position: Int) throws {
        guard let current = session else { return }
        for packet in try current.flush() { queue.push(.packet(packet, current.outputs), at: position) }
        queue.push(.sessionEnds(current.outputs), at: position)
        session = nil
    }

    func record(_ segment: Segment, length: Int, origin: Int, lines: [String], blocked: [String], onAir: [String]) -> AsRunRecord {
        AsRunRecord(
            channel: channel.file, index: segment.index, kind: segment.kind, productID: segment.productID, host: segment.host,
            start: segment.start, length: length,
            startTime: timeline.date(atSample: segment.start), endTime: timeline.date(atSample: segment.start + length),
            ptsStart: max(0, segment.start - origin), ptsEnd: max(0, segment.start + length - origin),
            personaVersion: "\(persona.id) \(persona.versionTag)", lines: lines, blocked: blocked, destinations: onAir)
    }

    /// Container tags of the stream: the AI-content label (as for clips).
    var streamMetadata: [String: String] {
        ContentLabel(persona: persona, productID: nil).metadata
    }
}

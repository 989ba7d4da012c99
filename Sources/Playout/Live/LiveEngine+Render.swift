import Compositor
import Foundation
import Scheduler
import Scripting
import Speech
import StandInCore

extension LiveEngine {
    /// Plans, speaks, draws and encodes segment after segment, pushing packets and
    /// markers into the render-ahead queue (which holds it back to the lookahead).
    func renderLoop(from resumption: Resumption, history: LineHistory) throws {
        var planner = resumption.planner
        var skip = resumption.offset - resumption.offset % video.samplesPerFrame
        let origin = streamOrigin
        let end = options.maxStreamSeconds.map { origin + $0 * MediaClock.sampleRate }
        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        var scripter = SegmentScripter(builder: builder, channel: channel, disclosure: settings.disclosure,
                                       timeline: planner.timeline, seed: options.seed, history: history)
        let synthesizer = try SpeechSynthesizer.shared()
        let scenes = try SceneCache(persona: persona, catalog: catalog, video: video)
        var mixer = try LiveMixer(musicBed: channel.audio.musicBed, gainDB: channel.audio.musicGainDB)
        var frames = FrameCursor()
        var session: EncodeSession?

        while !stopRequested {
            let segment = planner.next()
            if let end, segment.start >= end { break }
            if segment.kind == .human {
                try endSession(&session, at: segment.start)
                let length = segment.estimatedLength
                queue.push(.segmentStarts(SegmentSummary(block: "human", kind: "human", productID: segment.host)), at: segment.start)
                // Queued at the shift's start: the sender waits out the shift and reports progress.
                queue.push(.aired(record(segment, length: length, origin: origin, lines: [], blocked: [], onAir: []),
                                  end: segment.start + length), at: segment.start)
                try planner.aired(segment, actualLength: length)
                skip = 0
                continue
            }
            let script = scripter.script(for: segment)
            for blocked in script.blocked {
                logger.warning("guardrails kept a line off air", metadata: ["line": "\(blocked)"])
            }
            var speaker = SpokenTimelineBuilder(synthesizer: synthesizer, voice: persona.voice)
            let limit = segment.mustEndBy.map { $0 - segment.start }
            for line in script.lines {
                guard try speaker.append(line, within: limit) else { break }   // cut at a sentence boundary
            }
            let silentLength = segment.kind == .hold ? segment.estimatedLength : MediaClock.sampleRate
            let timeline = speaker.timeline(video: video, paddedTo: speaker.spokenLength == 0 ? min(silentLength, limit ?? .max) : 0)

            // On resume the offset comes from the plan's estimate; a segment that really ended
            // earlier is logged as aired and the rest of the offset carries into the next one.
            guard skip < timeline.length else {
                queue.push(.aired(record(segment, length: timeline.length, origin: origin, lines: timeline.lines.map(\.line.text),
                                         blocked: script.blocked.map(\.description), onAir: destinations.map(\.name)),
                                  end: segment.start + timeline.length), at: segment.start)
                try planner.aired(segment, actualLength: timeline.length)
                skip -= timeline.length
                continue
            }
            if session == nil {
                session = try EncodeSession(video: video, preset: options.preset,
                                            destinations: try sessionDestinations(startingAt: segment.start + skip),
                                            ptsOrigin: segment.start + skip - origin, metadata: streamMetadata,
                                            unpaced: clock.due(0) == nil)
                frames.restart()
            }
            queue.push(.segmentStarts(SegmentSummary(block: "virtual", kind: segment.kind.rawValue, productID: segment.productID)),
                       at: segment.start + skip)
            let compositor = try scenes.compositor(for: segment.productID)
            let spans = timeline.lines.map { (segment.start + $0.start)..<(segment.start + $0.speechEnd) }
            let blinks = BlinkSchedule(fps: video.fps, seed: options.seed)
            for frame in (skip / video.samplesPerFrame)..<(timeline.length / video.samplesPerFrame) {
                if stopRequested { break }
                let local = frame * video.samplesPerFrame
                let position = segment.start + local
                let state = FrameState(
                    viseme: timeline.visemes.viseme(at: local + video.samplesPerFrame / 2),
                    eyes: blinks.eyes(atFrame: position / video.samplesPerFrame),
                    caption: timeline.line(at: local)?.line.text)
                let changed = frames.show(state, with: compositor)
                let audio = try mixer.mix(timeline.audio(frame: frame, video: video), at: position, spans: spans)
                for packet in try session!.encode(frames.image, frame: frames.next(), changed: changed, audio: audio) {
                    queue.push(.packet(packet, session!.outputs), at: position)
                }
            }
            if stopRequested { break }
            let onAir = destinations.map(\.name)
            queue.push(.aired(record(segment, length: timeline.length, origin: origin, lines: timeline.lines.map(\.line.text),
                                     blocked: script.blocked.map(\.description), onAir: onAir),
                              end: segment.start + timeline.length), at: segment.start + timeline.length)
            scripter.aired(timeline.lines.map { ($0.line, segment.start + $0.start) })
            try planner.aired(segment, actualLength: timeline.length)
            skip = 0
        }
        try endSession(&session, at: planner.position)
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

/// The frame being shown and how it got there: which compositor drew it and in what state,
/// so the next frame redraws (and the encoder converts) only what changed.
struct FrameCursor {
    private(set) var image = RGBAImage(width: 2, height: 2)
    private var compositor: FrameCompositor?
    private var shown: FrameState?
    private var count = 0

    /// Moves the image to `state` drawn by `compositor`; returns the changed areas, or nil
    /// when the whole frame changed (a new scene).
    mutating func show(_ state: FrameState, with compositor: FrameCompositor) -> [PixelRect]? {
        if self.compositor !== compositor {
            self.compositor = compositor
            image = compositor.base
            shown = nil
            compositor.update(&image, from: nil, to: state)
            shown = state
            return nil
        }
        let changed = compositor.update(&image, from: shown, to: state)
        shown = state
        return changed
    }

    /// The session frame number of the frame just drawn.
    mutating func next() -> Int {
        defer { count += 1 }
        return count
    }

    /// A new session numbers frames from 0 again.
    mutating func restart() { count = 0 }
}

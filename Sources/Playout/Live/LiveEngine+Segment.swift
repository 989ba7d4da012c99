import Compositor
import Foundation
import Scheduler
import Scripting
import StandInCore

/// A stretch of one segment's speech on the channel clock, as the render thread draws it:
/// the segment's own lines, or an answer to a viewer (with the question in the caption).
struct SpokenPiece {
    var timeline: SpokenTimeline
    /// Channel position of the piece's first sample (a whole frame).
    var start: Int
    /// Shown instead of the line's own text (the viewer's question above the answer).
    var captionPrefix: String?
    /// Whether the operator and the viewers may interrupt it at its sentence boundaries.
    var interruptible = true
}

/// Where rendering a piece stopped early, for an interruption: at a sentence boundary, or
/// inside a sentence for an answer.
struct PieceStop {
    /// Samples of the piece rendered (a whole frame).
    var length: Int
    /// Lines of the piece spoken in full.
    var linesDone: Int
    /// Inside a sentence (line `linesDone`): where it carries on after an answer.
    var resumeAt: Int?
    var interruption: Interruption
}

extension LiveEngine {
    /// Seconds of music per as-run entry while the host is paused.
    static let pauseChunkSeconds = 30
    /// Boundaries in a stretch of music (holds, pauses), in seconds.
    static let musicBoundarySeconds = 0.5
    /// Questions are not taken closer than this to a segment's hard end (a shift, a promo).
    static let answerRoomSeconds = 12
    /// An answer waits for the sentence's next pause when it is this close; farther, the host
    /// breaks off before a word and says the clause again after the answer.
    static let pauseWaitSeconds = 0.6

    /// Speaks and draws `segment` from `skip` samples in, applying operators' commands and
    /// answering viewers at its sentence boundaries; its real length, or nil when a stop was
    /// requested midway (the segment is then not logged).
    func airVirtualSegment(_ segment: Segment, skipping skip: Int, run: inout RenderRun) throws -> Int? {
        let script = run.scripter.script(for: segment)
        for blocked in script.blocked {
            logger.warning("guardrails kept a line off air", metadata: ["line": "\(blocked)"])
        }
        desk.metrics.guardrailBlocks.increment(by: Int64(script.blocked.count))
        if let id = segment.productID { run.lastProductID = id }
        var remaining = script.lines
        // What is left of a line broken off for an answer (it is `remaining[0]`).
        var rest: SpokenTimeline?
        var piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: 0, run: run), start: segment.start)
        remaining.removeAll { run.faults.skippedLines.contains($0.spoken) }
        guard skip < piece.timeline.length else {
            // It really ended before the resume point: the channel was off air for all of it
            // (a segment cut by a kill was logged from the on-air marker before the plan was
            // made), so it gets no as-run entry (the log jumps there, as for any downtime);
            // the plan moves on by its real length.
            _ = run.faults.take()
            return piece.timeline.length
        }
        try openSessionIfNeeded(at: segment.start + skip, run: &run)
        pushBegins(segment, length: piece.timeline.length, lines: piece.timeline.lines.map { ($0.line.text, piece.start + $0.start) },
                   blocked: script.blocked.map(\.description), onAir: destinations.map(\.name), run: run, at: segment.start + skip)
        queue.push(.segmentStarts(SegmentSummary(block: .virtual, kind: segment.kind.rawValue, productID: segment.productID)),
                   at: MediaTime(samples: segment.start + skip - run.origin))
        var spoken: [(line: ScriptLine, start: Int)] = []
        var blocked = script.blocked.map(\.description)
        var events = run.carriedEvents
        run.carriedEvents = []
        var length = 0
        pieces: while true {
            let stop = try render(piece, segment: segment, from: max(0, segment.start + skip - piece.start), run: &run)
            if stopRequested { return nil }
            let done = stop?.linesDone ?? piece.timeline.lines.count
            spoken += piece.timeline.lines.prefix(done).map { ($0.line, piece.start + $0.start) }
            length = piece.start - segment.start + (stop?.length ?? piece.timeline.length)
            let wasAnswer = piece.captionPrefix != nil
            if !wasAnswer { remaining.removeFirst(min(done, remaining.count)) }
            guard let stop else {
                // The piece ran out: the segment is over, unless an answer interrupted its lines.
                guard wasAnswer, !remaining.isEmpty || segment.kind == .hold else { break pieces }
                piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: length, continuing: rest, run: run),
                                        start: segment.start + length)
                remaining.removeAll { run.faults.skippedLines.contains($0.spoken) }
                rest = nil
                if piece.timeline.length == 0 { break pieces }
                continue
            }
            let outcome = try apply(stop.interruption, at: segment.start + length, segment: segment, run: &run)
            if case .answer = outcome, let resumeAt = stop.resumeAt {
                rest = piece.timeline.rest(ofLine: done, from: resumeAt)
            } else if stop.resumeAt != nil {
                rest = piece.timeline.rest(ofLine: done, from: stop.length)   // nothing aired in between: go on from the cut
            }
            switch outcome {
            case .endSegment(let event):
                events.append(event)
                break pieces
            case let .answer(timeline, caption, event, answerBlocked):
                events.append(event)
                blocked += answerBlocked
                piece = SpokenPiece(timeline: timeline, start: segment.start + length, captionPrefix: caption, interruptible: false)
            case .carryOn(let event):
                events.append(contentsOf: event.map { [$0] } ?? [])
                piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: length, continuing: rest, run: run),
                                        start: segment.start + length)
                remaining.removeAll { run.faults.skippedLines.contains($0.spoken) }
                rest = nil
                if piece.timeline.length == 0 { break pieces }
            }
        }
        finish(segment, length: length, spoken: spoken, blocked: blocked, events: events, run: &run)
        return length
    }

    private func finish(_ segment: Segment, length: Int, spoken: [(line: ScriptLine, start: Int)], blocked: [String],
                        events: [AsRunEvent], run: inout RenderRun) {
        pushAired(segment, length: length, lines: spoken.map(\.line.text), blocked: blocked, onAir: destinations.map(\.name),
                  events: events, run: run, at: segment.start + length)
        run.scripter.aired(spoken)
    }

    /// `lines` spoken from `offset` samples into `segment`, cut at a sentence boundary before
    /// its deadline; nothing to say is music (a hold for the rest of its planned length, else
    /// one second). With `rest`, the first line was broken off: only its rest is spoken.
    func speak(_ lines: [ScriptLine], for segment: Segment, from offset: Int, continuing rest: SpokenTimeline? = nil,
               run: RenderRun) throws -> SpokenTimeline {
        var speaker = SpokenTimelineBuilder(synthesizer: run.synthesizer, voice: persona.voice)
        let limit = segment.mustEndBy.map { $0 - segment.start - offset }
        if let rest, !speaker.append(rest, within: limit) { return speaker.timeline(video: video) }
        for line in lines.dropFirst(rest == nil ? 0 : 1) {
            do {
                guard try speaker.append(line, within: limit) else { break }
            } catch {
                run.faults.skipped(line: line.spoken, error)   // the line is left out; the others air
            }
        }
        let silent = segment.kind == .hold ? segment.estimatedLength - offset : (offset == 0 ? MediaClock.sampleRate : 0)
        return speaker.timeline(video: video, paddedTo: speaker.spokenLength == 0 ? max(0, min(silent, limit ?? .max)) : 0)
    }

    /// Draws, mixes and encodes `piece` from `skip` samples in; stops early at a sentence
    /// boundary where the desk has something to apply.
    func render(_ piece: SpokenPiece, segment: Segment, from skip: Int, run: inout RenderRun) throws -> PieceStop? {
        guard let session = run.session else { return nil }
        let timeline = piece.timeline
        if !run.scenes.holds(segment.productID) { run.frames.forget() }
        let compositor = try run.scenes.compositor(for: segment.productID)
        for degradation in run.scenes.degradations(for: segment.productID) { run.faults.note(degradation) }
        let spans = timeline.lines.map { (piece.start + $0.start)..<(piece.start + $0.speechEnd) }
        let blinks = BlinkSchedule(fps: video.fps, seed: options.seed)
        let perFrame = video.samplesPerFrame
        var boundaries = Boundaries(piece: piece, segment: segment, video: video)
        for frame in (skip / perFrame)..<(timeline.length / perFrame) where !stopRequested {
            let local = frame * perFrame, position = piece.start + local
            if local > skip, clock.pendingStep > 0 {   // the wall clock jumped: the plan goes there now
                let started = timeline.lines.filter { $0.start < local }.count
                return PieceStop(length: local, linesDone: started, resumeAt: nil, interruption: .clockStepped)
            }
            if piece.interruptible, let boundary = boundaries.passed(local) {
                let room = segment.mustEndBy.map { $0 - position } ?? .max
                let answers = room >= Self.answerRoomSeconds * MediaClock.sampleRate
                    && Self.answerMayBreak(at: boundary, options.answerBreaks)
                let commands = boundary.kind == .sentence
                if answers || commands,
                   let interruption = awaitBoundary(position, origin: run.origin, canAnswer: answers, commands: commands) {
                    return PieceStop(length: local, linesDone: boundary.linesDone, resumeAt: boundary.resumeAt, interruption: interruption)
                }
            }
            let caption = timeline.line(at: local).map { line in
                [piece.captionPrefix ?? "", line.line.text].filter { !$0.isEmpty }.joined(separator: " ")
            }
            let state = FrameState(viseme: timeline.visemes.viseme(at: local + perFrame / 2),
                                   eyes: blinks.eyes(atFrame: position / perFrame), caption: caption)
            let changed = run.frames.show(state, with: compositor)
            let audio = run.mixer.mix(timeline.audio(frame: frame, video: video), at: position, spans: spans)
            if let failure = run.mixer.failure { run.faults.note(failure) }
            for packet in try session.encode(run.frames.image, frame: run.frames.next(), changed: changed, audio: audio) {
                queue.push(.packet(packet, session.outputs), at: MediaTime(samples: position - run.origin))
            }
            desk.metrics.framesEncoded.increment()
            if frame % 15 == 0 { desk.update { $0.rendered = position } }
        }
        return nil
    }
}

extension LiveEngine {
    /// Whether `breaks` (`--answer-at`) lets an answer in at `boundary`.
    static func answerMayBreak(at boundary: Boundary, _ breaks: LiveOptions.AnswerBreaks) -> Bool {
        switch (boundary.kind, breaks) {
        case (.sentence, _), (.clause, .word), (.clause, .clause): true
        case (.word, .word): boundary.toNextPause > Int(Self.pauseWaitSeconds * Double(MediaClock.sampleRate))
        case (.clause, .sentence), (.word, .clause), (.word, .sentence): false
        }
    }

    /// At the boundary `position`: what the desk has to apply (commands only when `commands`,
    /// a question only when `canAnswer`), waiting (while it has nothing) until the boundary is
    /// `boundaryMarginSeconds` from air, so whatever arrives meanwhile airs here. Unpaced
    /// runs do not wait. `origin`: the render's (channel position of output 0).
    func awaitBoundary(_ position: Int, origin: Int, canAnswer: Bool, commands: Bool = true) -> Interruption? {
        let output = position - origin - options.boundaryMarginSamples
        while true {
            if let interruption = desk.interruption(at: position, canAnswer: canAnswer, commands: commands) { return interruption }
            guard clock.isPaced, !stopRequested, let lead = clock.lead(of: output), lead > 0 else { return nil }
            if clock.pendingStep > 0 { return nil }
            Thread.sleep(forTimeInterval: min(Double(lead) / Double(MediaClock.sampleRate), 0.02))
        }
    }
}

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

extension RenderStage {
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
    func airVirtualSegment(_ segment: Segment, skipping skip: Int) throws -> Int? {
        let script = scripter.script(for: segment)
        for blocked in script.blocked {
            logger.warning("guardrails kept a line off air", metadata: ["line": "\(blocked)"])
        }
        desk.metrics.guardrailBlocks.increment(by: Int64(script.blocked.count))
        if let id = segment.productID { lastProductID = id }
        var remaining = script.lines
        // What is left of a line broken off for an answer (it is `remaining[0]`).
        var rest: SpokenTimeline?
        var piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: 0), start: segment.start)
        remaining.removeAll { faults.skippedLines.contains($0.spoken) }
        guard skip < piece.timeline.length else {
            // It really ended before the resume point: the channel was off air for all of it
            // (a segment cut by a kill was logged from the on-air marker before the plan was
            // made), so it gets no as-run entry (the log jumps there, as for any downtime);
            // the plan moves on by its real length.
            _ = faults.take()
            return piece.timeline.length
        }
        try openSessionIfNeeded(at: segment.start + skip)
        pushBegins(segment, length: piece.timeline.length, lines: piece.timeline.lines.map { ($0.line.text, piece.start + $0.start) },
                   blocked: script.blocked.map(\.description), onAir: destinations.map(\.name), at: segment.start + skip)
        emit(.segmentStarts(summary(.virtual, kind: segment.kind.rawValue, productID: segment.productID)), at: segment.start + skip)
        var spoken: [(line: ScriptLine, start: Int)] = []
        var blocked = script.blocked.map(\.description)
        var events = carriedEvents
        carriedEvents = []
        var length = 0
        pieces: while true {
            let stop = try render(piece, segment: segment, from: max(0, segment.start + skip - piece.start))
            if stopRequested { return nil }
            let done = stop?.linesDone ?? piece.timeline.lines.count
            spoken += piece.timeline.lines.prefix(done).map { ($0.line, piece.start + $0.start) }
            length = piece.start - segment.start + (stop?.length ?? piece.timeline.length)
            let wasAnswer = piece.captionPrefix != nil
            if !wasAnswer { remaining.removeFirst(min(done, remaining.count)) }
            guard let stop else {
                // The piece ran out: the segment is over, unless an answer interrupted its lines.
                guard wasAnswer, !remaining.isEmpty || segment.kind == .hold else { break pieces }
                piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: length, continuing: rest),
                                        start: segment.start + length)
                remaining.removeAll { faults.skippedLines.contains($0.spoken) }
                rest = nil
                if piece.timeline.length == 0 { break pieces }
                continue
            }
            let outcome = try apply(stop.interruption, at: segment.start + length, segment: segment)
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
                piece = try SpokenPiece(timeline: speak(remaining, for: segment, from: length, continuing: rest),
                                        start: segment.start + length)
                remaining.removeAll { faults.skippedLines.contains($0.spoken) }
                rest = nil
                if piece.timeline.length == 0 { break pieces }
            }
        }
        finish(segment, length: length, spoken: spoken, blocked: blocked, events: events)
        return length
    }

    private func finish(_ segment: Segment, length: Int, spoken: [(line: ScriptLine, start: Int)], blocked: [String],
                        events: [AsRunEvent]) {
        pushAired(segment, length: length, lines: spoken.map(\.line.text), blocked: blocked, onAir: destinations.map(\.name),
                  events: events, at: segment.start + length)
        scripter.aired(spoken)
    }

    /// `lines` spoken from `offset` samples into `segment`, cut at a sentence boundary before
    /// its deadline; nothing to say is music (a hold for the rest of its planned length, else
    /// one second). With `rest`, the first line was broken off: only its rest is spoken.
    func speak(_ lines: [ScriptLine], for segment: Segment, from offset: Int, continuing rest: SpokenTimeline? = nil) throws -> SpokenTimeline {
        var speaker = SpokenTimelineBuilder(synthesizer: synthesizer, voice: persona.voice)
        let limit = segment.mustEndBy.map { $0 - segment.start - offset }
        if let rest, !speaker.append(rest, within: limit) { return speaker.timeline(video: video) }
        for line in lines.dropFirst(rest == nil ? 0 : 1) {
            do {
                guard try speaker.append(line, within: limit) else { break }
            } catch {
                faults.skipped(line: line.spoken, error)   // the line is left out; the others air
            }
        }
        let silent = segment.kind == .hold ? segment.estimatedLength - offset : (offset == 0 ? MediaClock.sampleRate : 0)
        return speaker.timeline(video: video, paddedTo: speaker.spokenLength == 0 ? max(0, min(silent, limit ?? .max)) : 0)
    }
}

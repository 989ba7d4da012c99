import Compositor
import Foundation
import Scheduler
import StandInCore

/// Where a frame is drawn: the render stage draws, mixes and encodes a piece of speech frame
/// by frame, and at its sentence (or clause, or word) boundaries asks the desk whether an
/// operator's command or a viewer's answer breaks in.
extension RenderStage {
    /// Draws, mixes and encodes `piece` from `skip` samples in; stops early at a sentence
    /// boundary where the desk has something to apply.
    func render(_ piece: SpokenPiece, segment: Segment, from skip: Int) throws -> PieceStop? {
        guard let session = self.session else { return nil }
        let timeline = piece.timeline
        if !scenes.holds(segment.productID) { frames.forget() }
        let compositor = try scenes.compositor(for: segment.productID)
        for degradation in scenes.degradations(for: segment.productID) { faults.note(degradation) }
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
                   let interruption = awaitBoundary(position, origin: origin, canAnswer: answers, commands: commands) {
                    return PieceStop(length: local, linesDone: boundary.linesDone, resumeAt: boundary.resumeAt, interruption: interruption)
                }
            }
            let caption = timeline.line(at: local).map { line in
                [piece.captionPrefix ?? "", line.line.text].filter { !$0.isEmpty }.joined(separator: " ")
            }
            let state = FrameState(viseme: timeline.visemes.viseme(at: local + perFrame / 2),
                                   eyes: blinks.eyes(atFrame: position / perFrame), caption: caption)
            let changed = frames.show(state, with: compositor)
            let audio = mixer.mix(timeline.audio(frame: frame, video: video), at: position, spans: spans)
            if let failure = mixer.failure { faults.note(failure) }
            for packet in try session.encode(frames.image, frame: frames.next(), changed: changed, audio: audio) {
                emit(.packet(packet, session.outputs), at: position)
            }
            desk.metrics.framesEncoded.increment()
            if frame % 15 == 0 { desk.update { $0.rendered = position } }
        }
        return nil
    }
}

extension RenderStage {
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
            clock.pause(min(.nanoseconds(Int64(lead) * 1_000_000_000 / Int64(MediaClock.sampleRate)), .milliseconds(20)))
        }
    }
}

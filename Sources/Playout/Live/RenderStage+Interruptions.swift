import Foundation
import Guide
import Scheduler
import Scripting
import StandInCore

/// What the render thread does after applying an interruption at a sentence boundary.
enum BoundaryOutcome {
    /// The segment ends here (skip, inject, pause, or a resume ending the pause's music).
    case endSegment(AsRunEvent)
    /// A viewer's answer airs now, then the segment goes on.
    case answer(SpokenTimeline, caption: String, event: AsRunEvent, blocked: [String])
    /// Nothing airs in between (a question whose every reply was blocked): the segment goes on.
    case carryOn(AsRunEvent?)
}

extension RenderStage {
    /// Applies what the desk handed over at `position` (a sentence boundary of `segment`).
    func apply(_ interruption: Interruption, at position: Int, segment: Segment) throws -> BoundaryOutcome {
        switch interruption {
        case .command(let request):
            desk.metrics.commandApplied(request.command.name)
            logger.info("operator command applied", metadata: [
                "command": "\(request.command.name)", "by": "\(request.requestedBy)",
                "at": "\(timeline.date(atSample: position))", "segment": "\(segment.kind.rawValue) \(segment.productID ?? "")",
            ])
            switch request.command {
            case .skip:
                return .endSegment(event(.skip, request, at: position, detail: "ended \(segment.kind.rawValue)"))
            case let .inject(kind, productID):
                injection = request
                let what = [kind.rawValue, productID].compactMap { $0 }.joined(separator: " ")
                return .endSegment(event(.inject, request, at: position, detail: "ended for \(what)"))
            case .pause:
                return .endSegment(event(.pause, request, at: position))
            case .resume:
                return .endSegment(event(.resume, request, at: position))
            }
        case let .answer(entry, askedAt):
            return try answer(entry, askedAt: askedAt, at: position, segment: segment)
        case .clockStepped:
            let step = clock.pendingStep
            return .endSegment(AsRunEvent(kind: .clockStep, by: "wall clock", position: position, time: clock.wallTime(),
                                          detail: "cut: the wall clock stepped forward \(Self.seconds(step)) s; the plan moves to the new time",
                                          stepMilliseconds: step * 1000 / MediaClock.sampleRate))
        }
    }

    /// The host's reply to a viewer, spoken and ready to draw from `position`.
    private func answer(_ entry: QuestionQueue.Entry, askedAt: Date, at position: Int, segment: Segment) throws -> BoundaryOutcome {
        let reply = answerer.answer(entry, productOnAir: segment.productID ?? lastProductID)
        for violation in reply.blocked {
            logger.warning("guardrails kept part of an answer off air", metadata: ["question": "\(entry.question.id)", "rule": "\(violation)"])
        }
        desk.metrics.guardrailBlocks.increment(by: Int64(reply.blocked.count))
        if !reply.withheld.isEmpty {
            logger.notice("viewer text kept off air", metadata: [
                "question": "\(entry.question.id)", "why": "\(reply.withheld.map(\.description).joined(separator: "; "))"])
        }
        let names = ViewerNames.asRunBy(entry.viewerNames)
        var speaker = SpokenTimelineBuilder(synthesizer: synthesizer, voice: persona.voice)
        let limit = segment.mustEndBy.map { $0 - position }
        for line in reply.lines {
            guard try speaker.append(line, within: limit) else { break }
        }
        let kind = switch reply.kind {
        case .faq(let match): "faq \(match.productID)#\(match.entryIndex + 1)"
        case .checkLater: "check later"
        case .declined(let topic): "declined (\(topic))"
        case .reaction(let what): "reaction \(what)"
        }
        let hidden = Set(reply.withheld.map(\.kind.rawValue)).sorted().joined(separator: ", ")
        let detail = "\(entry.question.id) \(kind): \(reply.questionCaption ?? "(question not shown: \(hidden.isEmpty ? "guardrails" : hidden))")"
        let event = AsRunEvent(kind: .answer, by: names, position: position, time: timeline.date(atSample: position), detail: detail)
        guard speaker.spokenLength > 0 else {
            logger.warning("question not answered: every reply was blocked", metadata: ["question": "\(entry.question.id)"])
            return .carryOn(event)
        }
        let spoken = speaker.timeline(video: video)
        emit(.answerAirs(questionID: entry.question.id, askedAt: askedAt, length: spoken.length), at: position)
        logger.info("answering a viewer", metadata: ["question": "\(entry.question.id)", "by": "\(names)", "reply": "\(kind)"])
        return .answer(spoken, caption: reply.questionCaption ?? "", event: event,
                       blocked: reply.blocked.map(\.description))
    }

    func event(_ kind: AsRunEvent.Kind, _ request: ControlRequest, at position: Int, detail: String? = nil) -> AsRunEvent {
        AsRunEvent(kind: kind, by: AsRunEvent.operatorBy(request.requestedBy), position: position, time: timeline.date(atSample: position), detail: detail)
    }
}

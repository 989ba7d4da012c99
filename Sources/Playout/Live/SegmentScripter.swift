import Foundation
import Scheduler
import Scripting
import StandInCore

/// The lines a scheduler segment says: product steps from the persona's templates (with
/// the repetition window), the channel's handoff and filler lines, the persona's
/// disclosure. Every line passes the guardrails; blocked ones come back in `blocked`.
struct SegmentScripter {
    let builder: ScriptBuilder
    let channel: Channel
    let disclosure: Disclosure
    let timeline: Timeline
    private(set) var planner: ScriptPlanner

    init(builder: ScriptBuilder, channel: Channel, disclosure: Disclosure, timeline: Timeline, seed: UInt64,
         history: LineHistory = LineHistory()) {
        self.builder = builder
        self.channel = channel
        self.disclosure = disclosure
        self.timeline = timeline
        planner = ScriptPlanner(builder: builder, seed: seed, history: history)
    }

    func script(for segment: Segment) -> PlannedScript {
        if let kind = segment.kind.productStep {
            guard let id = segment.productID, let product = builder.catalog.product(id: id) else { return PlannedScript() }
            return builder.plan([kind], for: product, seed: planner.seed, round: segment.index,
                                history: planner.history, at: segment.start)
        }
        if let filler = segment.kind.filler {
            guard let line = channel.fillerLines[filler] else { return personaFiller(filler, segment: segment) }
            return checked(line, field: "fillers.\(filler.rawValue)")
        }
        switch segment.kind {
        case .disclosure:
            return checked(disclosure.line, field: "disclosure")
        case .handoff:
            let time = segment.countdownTo.map(localTime) ?? ""
            let text = channel.handoff.before.replacingOccurrences(of: "{{host}}", with: segment.host ?? "")
                .replacingOccurrences(of: "{{time}}", with: time)
            return checked(text, field: "handoff.before")
        case .welcomeBack:
            return checked(channel.handoff.welcomeBack, field: "handoff.welcome_back")
        default:   // hold, human (product steps and fillers returned above)
            return PlannedScript()
        }
    }

    /// A filler the channel file has no line for says one of the persona's own lines: a
    /// catchphrase not said within its `at_most_every_minutes` (first for engagement), a
    /// transition to a product (first for coming-up; one not said within the repetition
    /// window when there is one), else the spoken disclosure.
    func personaFiller(_ filler: FillerKind, segment: Segment) -> PlannedScript {
        let catchphrases = { () -> [ScriptLine] in
            for (index, phrase) in builder.persona.lexicon.catchphrases.enumerated() {
                let lines = builder.catchphrase(index)
                guard let first = lines.first else { continue }
                let gap = phrase.atMostEveryMinutes * 60 * MediaClock.sampleRate
                if let last = planner.history.lastAired(first.text), segment.start - last < gap { continue }
                return lines
            }
            return []
        }
        let transition = { () -> [ScriptLine] in
            // Into the products in turn, preferring a line outside the repetition window.
            let products = builder.catalog.products
            let options = products.indices.map { offset in
                builder.transition(to: products[(segment.index + offset) % products.count], seed: planner.seed &+ UInt64(segment.index))
            }.filter { !$0.isEmpty }
            return options.first { !planner.history.isRecent($0[0].text, at: segment.start) } ?? options.first ?? []
        }
        let order = filler == .comingUp ? [transition, catchphrases] : [catchphrases, transition]
        for source in order {
            let lines = source()
            if !lines.isEmpty { return PlannedScript(lines: lines) }
        }
        return checked(disclosure.line, field: "disclosure")
    }

    /// Records what aired, for the repetition window.
    mutating func aired(_ lines: [(line: ScriptLine, start: Int)]) {
        for (line, start) in lines { planner.aired(line, at: start) }
    }

    /// Channel text as lines, kept off air whole if any sentence breaks a guardrail.
    func checked(_ text: String?, field: String) -> PlannedScript {
        guard let text, !text.isEmpty else { return PlannedScript() }
        let lines = builder.customLines(text, source: SourceLocation(file: channel.file, line: nil))
        let violations = builder.guardrails.check(lines: lines)
        guard violations.isEmpty else {
            return PlannedScript(blocked: [BlockedLine(text: "\(field): \(text)", violations: violations)])
        }
        return PlannedScript(lines: lines)
    }

    private func localTime(_ sample: Int) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = timeline.timeZone
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: timeline.date(atSample: sample))
    }
}

import CoreMetrics
import Foundation
import Guide
import Logging
import Playout
import StandInCore

/// Where every source's events meet: each comment is judged and chosen (`CommentSelector`),
/// each gift, follow, count or arrival may earn a reaction (`ReactionPlanner`), and what is
/// chosen goes to the host through the control desk's question path, at the selector's pace.
/// Every choice is counted for `/status`, the as-run entry and `standin_comments_total`.
///
/// ```swift
/// let hub = CommentHub(settings: channel.comments, desk: engine.desk, index: FAQIndex(catalog: catalog),
///                      language: persona.language, metrics: factory, logger: logger)
/// hub.receive(CommentEvent(source: "shop", viewerID: "u1", viewerName: "小明", kind: .comment("能放多久？")))
/// ```
public final class CommentHub: @unchecked Sendable {  // `lock` guards every var
    public let settings: CommentSettings
    let desk: ControlDesk
    let sense: QuestionSense
    let logger: Logger
    let metrics: MetricsFactory
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant
    private let lock = NSLock()
    private var selector: CommentSelector
    private var planner: ReactionPlanner
    private var lines: ReactionLines
    private var choices: [String: Int] = [:]
    private var recent: [CommentsStatus.Choice] = []
    private var counters: [String: Counter] = [:]
    private var statuses: [SourceStatus] = []
    private var pump: Task<Void, Never>?
    /// Reactions wait behind viewers' questions in the desk's queue.
    static let reactionPriority = -1

    public init(settings: CommentSettings, desk: ControlDesk, index: FAQIndex, language: Persona.Language,
                metrics: MetricsFactory = NOOPMetricsHandler.instance, logger: Logger) {
        self.settings = settings; self.desk = desk; sense = QuestionSense(index: index); self.logger = logger
        self.metrics = metrics
        origin = clock.now
        let mute = Set(settings.mute)
        selector = CommentSelector(settings: .init(answerEvery: .seconds(settings.answerEverySeconds),
                                                   perViewer: .seconds(settings.perViewerMinutes * 60),
                                                   maxWaiting: settings.maxWaiting, mute: mute))
        planner = ReactionPlanner(settings: .init(reactEvery: .seconds(settings.reactEverySeconds), milestones: settings.milestones,
                                                  welcomeBurst: settings.welcomeBurst,
                                                  welcomeWindow: .seconds(settings.welcomeWindowSeconds), mute: mute))
        lines = ReactionLines(language: language)
        desk.comments.provideStatus { [weak self] in self?.status() ?? CommentsStatus(sources: [], waiting: 0, nextAnswerInSeconds: 0, choices: [:], recent: []) }
    }

    /// Time since the hub started, on the monotonic clock.
    var now: Duration { origin.duration(to: clock.now) }

    /// Shows `status` in `/status` (one per source).
    public func watch(_ status: SourceStatus) { lock.withLock { statuses.append(status) } }

    /// Starts the task that hands chosen questions to the host as the answer interval allows.
    public func start() {
        lock.withLock {
            guard pump == nil else { return }
            pump = Task.detached { [weak self] in
                while !Task.isCancelled {
                    guard let self else { return }
                    let wait = self.releaseDue()
                    try? await Task.sleep(for: min(max(wait, .milliseconds(50)), .milliseconds(500)))
                }
            }
        }
    }

    public func stop() { lock.withLock { pump?.cancel(); pump = nil } }

    /// Takes one event from a source.
    public func receive(_ event: CommentEvent) {
        let now = self.now
        switch event.kind {
        case .comment(let text):
            let verdict = sense.judge(text)
            let choice = lock.withLock {
                selector.consider(.init(source: event.source, viewerID: event.viewerID, name: event.viewerName, text: text,
                                        verdict: verdict), at: now)
            }
            record(choice.name, event, text: text)
            if case .queued = choice { _ = releaseDue() } else if case .queuedDropping = choice { _ = releaseDue() }
        default:
            let (choice, reaction) = lock.withLock { () -> (ReactionPlanner.Choice, ViewerReaction?) in
                let choice = planner.consider(event, at: now)
                guard case .react(let planned) = choice else { return (choice, nil) }
                return (choice, lines.reaction(for: planned, at: now))
            }
            if case .noted = choice { return }
            record(choice.name, event, text: nil)
            if let reaction, case .react(let planned) = choice { react(reaction, names: planned.names) }
        }
    }

    /// Chooses a question if one is due; returns how long until the next may be.
    @discardableResult
    func releaseDue() -> Duration {
        let now = self.now
        let (release, next) = lock.withLock { () -> (CommentSelector.Release, Duration) in
            let release = selector.release(at: now)
            return (release, selector.nextRelease(at: now))
        }
        for question in release.expired {
            record("expired", source: question.askers[0].source, viewer: question.askers[0].name, text: question.text)
        }
        guard let chosen = release.chosen else { return next }
        var asked = 0
        for asker in chosen.askers {
            do {
                try desk.ask(viewer: asker.name, text: chosen.text)
                asked += 1
            } catch {
                record("refused", source: asker.source, viewer: asker.name, text: "\(error)")
            }
        }
        let what = chosen.askers.count > 1 ? "chosen (\(chosen.askers.count) asked)" : "chosen"
        record("chosen", source: chosen.askers[0].source, viewer: chosen.askers.map(\.name).joined(separator: ", "), text: chosen.text)
        logger.info("comment chosen for the host", metadata: [
            "source": "\(chosen.askers[0].source)", "askers": "\(chosen.askers.count)", "queued": "\(asked)", "choice": "\(what)"])
        return next
    }

    /// A webhook request refused (bad signature, stale, replayed, malformed).
    func countRefused(source: String) { record("request_refused", source: source, viewer: "", text: nil, kind: "request") }

    private func react(_ reaction: ViewerReaction, names: [String]) {
        // One ask per name with the same text: the desk's queue merges them into one entry naming everyone.
        let summary = String(reaction.line(names: names.joined(separator: ", ")).prefix(QuestionQueue.maxCharacters))
        for name in names.isEmpty ? [""] : names {
            do {
                try desk.ask(viewer: name, text: summary, priority: Self.reactionPriority, reaction: reaction)
            } catch {
                logger.warning("reaction not queued", metadata: ["kind": "\(reaction.kind)", "error": "\(error)"])
            }
        }
    }

    private func record(_ choice: String, _ event: CommentEvent, text: String?) {
        record(choice, source: event.source, viewer: event.viewerName, text: text, kind: event.kindName)
    }

    private func record(_ choice: String, source: String, viewer: String, text: String?, kind: String = "comment") {
        desk.comments.count(choice)
        let counter = lock.withLock { () -> Counter in
            let key = source + "\u{1}" + choice
            if let counter = counters[key] { return counter }
            let counter = Counter(label: "standin_comments_total", dimensions: [("source", source), ("choice", choice)], factory: metrics)
            counters[key] = counter
            return counter
        }
        counter.increment()
        lock.withLock {
            choices[choice, default: 0] += 1
            recent.append(.init(time: Date(), source: source, viewer: viewer, choice: choice, text: text))
            if recent.count > 20 { recent.removeFirst(recent.count - 20) }
        }
        logger.debug("comment choice", metadata: ["source": "\(source)", "kind": "\(kind)", "choice": "\(choice)"])
    }

    public func status() -> CommentsStatus {
        let now = self.now
        return lock.withLock {
            let sources = statuses.map { status -> CommentsStatus.Source in
                let value = status.snapshot()
                return .init(name: value.name, type: value.type, state: value.state, connected: value.state == "live",
                             events: value.events, reconnects: value.reconnects, reconnectAttempts: value.reconnectAttempts,
                             lastError: value.lastError)
            }
            let next = selector.nextRelease(at: now)
            return CommentsStatus(sources: sources, waiting: selector.waiting.count,
                                  nextAnswerInSeconds: Double(next.components.seconds) + Double(next.components.attoseconds) / 1e18,
                                  choices: choices, recent: recent)
        }
    }
}

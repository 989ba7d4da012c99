import Foundation
import Guide
import Scheduler
import Scripting
import StandInCore

/// Where the control API and the running engine meet: operators' commands and viewers'
/// questions wait here for the render thread's next sentence boundary, and the engine
/// leaves a status snapshot here for `GET /status`. Every method is quick and thread-safe.
///
/// ```swift
/// let receipt = try desk.submit(.inject(.flashDeal, productID: "tea-01"), by: "ops-anna")
/// let asked = try desk.ask(viewer: "小明", text: "这个茶能放多久？")
/// let status = desk.status()
/// ```
public final class ControlDesk: @unchecked Sendable {  // `lock` guards every var
    /// The name tokens are scoped to (the channel file's name without extension).
    public let channelID: String
    public let metrics: EngineMetrics
    /// The comment connectors' states and choices (docs/comments.md).
    public let comments = CommentBoard()
    let productIDs: Set<String>
    let epoch: Date
    private let now: @Sendable () -> Int
    private let started = ContinuousClock.now   // uptime: not moved by wall-clock steps
    private let lock = NSLock()
    private var requests: [ControlRequest] = []
    private var lastID = 0
    private var questions = QuestionQueue()
    private var askedAt: [String: Date] = [:]
    private var pause = PauseState.running
    private var snapshot = EngineSnapshot()
    public static let maxWaitingCommands = 20

    /// `now` gives the channel position now (the engine's clock; tests pass a fixed one).
    public init(channelID: String, productIDs: Set<String>, epoch: Date, metrics: EngineMetrics = EngineMetrics(),
                now: @escaping @Sendable () -> Int) {
        self.channelID = channelID; self.productIDs = productIDs; self.epoch = epoch
        self.metrics = metrics; self.now = now
    }

    /// Queues `command` for the next sentence boundary (or the first one after `at`).
    @discardableResult
    public func submit(_ command: ControlCommand, by requester: String, at: Date? = nil) throws(ControlError) -> ControlRequest {
        lock.lock()
        defer { lock.unlock() }
        try check(command)
        guard requests.count < Self.maxWaitingCommands else { throw .tooManyWaiting(limit: Self.maxWaitingCommands) }
        lastID += 1
        let request = ControlRequest(id: lastID, command: command, requestedBy: requester,
                                     notBefore: at.map(position(of:)), receivedAt: Date())
        switch (command, pause) {
        case (.resume, .pausing):
            // The pause never reached a boundary: it is withdrawn and nothing needs to air.
            requests.removeAll { $0.command == .pause }
            pause = .running
            return request
        case (.resume, _): pause = .resuming
        case (.pause, _): pause = .pausing
        default: break
        }
        requests.append(request)
        return request
    }

    private func check(_ command: ControlCommand) throws(ControlError) {
        if snapshot.humanOnAir { throw .humanOnAir }
        switch command {
        case .skip:
            if pause != .running { throw .paused }
        case let .inject(kind, productID):
            if pause != .running { throw .paused }
            guard kind.isInterjectable else { throw .notInjectable(kind.rawValue) }
            if kind.isProductBound {
                guard let productID else { throw .productNeeded(kind.rawValue) }
                guard productIDs.contains(productID) else { throw .unknownProduct(productID) }
            }
        case .pause:
            if pause != .running { throw .alreadyPaused }
        case .resume:
            if pause == .running || pause == .resuming { throw .notPaused }
        }
    }

    /// Queues a viewer's question; throws `GuideError` for empty or oversize text. The display
    /// name is kept sanitised (`ViewerNames.sanitized`: no control or format characters).
    @discardableResult
    public func ask(viewer: String, text: String, priority: Int = 0,
                    reaction: ViewerReaction? = nil) throws -> (id: String, outcome: QuestionQueue.Outcome) {
        let position = now()
        let viewer = ViewerNames.sanitized(viewer)
        return try lock.withLock {
            lastID += 1
            let id = (reaction == nil ? "q" : "r") + "\(lastID)"
            let outcome = try questions.add(ViewerQuestion(id: id, viewerName: viewer, text: text, receivedAt: position,
                                                           priority: priority, reaction: reaction))
            if case .queued = outcome { askedAt[id] = Date() }
            if case .queuedDropping = outcome { askedAt[id] = Date() }
            metrics.questionReceived(outcome)
            return (id, outcome)
        }
    }

    /// The channel position of a wall-clock (or simulated) instant.
    public func position(of date: Date) -> Int { Int(date.timeIntervalSince(epoch) * Double(MediaClock.sampleRate)) }

    /// What the render thread does at a boundary at `position`, if anything: due commands
    /// first, in order (only between sentences, `commands`); then, when the host may talk, the
    /// most important question.
    func interruption(at position: Int, canAnswer: Bool, commands: Bool = true) -> Interruption? {
        lock.withLock {
            if commands, let index = requests.firstIndex(where: { ($0.notBefore ?? 0) <= position && applies($0.command) }) {
                let request = requests.remove(at: index)
                switch request.command {
                case .pause: pause = .paused
                case .resume: pause = .running
                default: break
                }
                return .command(request)
            }
            guard canAnswer, pause == .running || pause == .pausing, let entry = questions.next(at: position) else { return nil }
            let asked = askedAt.removeValue(forKey: entry.question.id) ?? Date()
            askedAt = askedAt.filter { id, _ in questions.entries.contains { $0.question.id == id } }
            return .answer(entry, askedAt: asked)
        }
    }

    /// While paused (a resume waiting or not) only a resume applies; otherwise anything but a resume.
    private func applies(_ command: ControlCommand) -> Bool {
        pause == .paused || pause == .resuming ? command == .resume : command != .resume
    }

    /// Commands waiting for their boundary, oldest first.
    public var waitingRequests: [ControlRequest] { lock.withLock { requests } }

    /// Whether the host is held (a pause applied and no resume applied yet).
    var isPaused: Bool { lock.withLock { pause == .paused || pause == .resuming } }

    func update(_ change: (inout EngineSnapshot) -> Void) { lock.withLock { change(&snapshot) } }

    /// What `GET /status` shows.
    public func status() -> LiveStatus {
        let (snapshot, pause, waiting, commands) = lock.withLock {
            (self.snapshot, self.pause, questions.waiting(at: now()).count, requests.count)
        }
        var status = LiveStatus(snapshot: snapshot, channel: channelID, paused: pause != .running, questionsWaiting: waiting,
                                commandsWaiting: commands, uptime: started.duration(to: .now).seconds, now: now())
        status.comments = comments.status()
        return status
    }
}

/// The virtual host's pause, as requested and as applied.
enum PauseState: Sendable, Equatable {
    case running, pausing, paused, resuming
}

/// What the render thread applies at a boundary.
enum Interruption: Sendable {
    case command(ControlRequest)
    case answer(QuestionQueue.Entry, askedAt: Date)
    /// Not the desk's: the wall clock stepped forward and the plan moves (the render's own).
    case clockStepped
}

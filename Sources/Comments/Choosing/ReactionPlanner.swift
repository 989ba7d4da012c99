/// When the host reacts on air to gifts, follows, viewer counts and arrivals: a pure state
/// machine over a monotonic time (`Duration` since any fixed origin).
///
/// ```swift
/// var planner = ReactionPlanner(settings: .init(reactEvery: .seconds(30)))
/// if case .react(let reaction) = planner.consider(event, at: now) { … queue its line … }
/// ```
/// At most one reaction per `reactEvery`: what comes inside the interval is `rateLimited`.
/// A gift or a follow is thanked by name. A viewer count passing a milestone not yet
/// celebrated earns a line once (a count that falls back does not earn it again; one that
/// comes while rate-limited is celebrated on the next count after the interval). `welcomeBurst`
/// arrivals within `welcomeWindow` earn one welcome naming up to three of them. Muted
/// viewers get nothing.
public struct ReactionPlanner: Sendable {
    public struct Settings: Sendable, Equatable {
        public var reactEvery: Duration
        public var milestones: [Int]
        public var welcomeBurst: Int
        public var welcomeWindow: Duration
        public var mute: Set<String>

        public init(reactEvery: Duration = .seconds(30), milestones: [Int] = [100, 500, 1_000, 5_000, 10_000],
                    welcomeBurst: Int = 5, welcomeWindow: Duration = .seconds(30), mute: Set<String> = []) {
            self.reactEvery = reactEvery; self.milestones = milestones.sorted(); self.welcomeBurst = max(1, welcomeBurst)
            self.welcomeWindow = welcomeWindow; self.mute = Set(mute.map { $0.lowercased() })
        }
    }

    /// A reaction to put on air: its kind, who it names and the values its line needs.
    public struct Reaction: Sendable, Equatable {
        public enum Kind: String, Sendable { case gift, follow, milestone, welcome }
        public var kind: Kind
        public var names: [String]
        /// `gift`, `count` (gifts) or `viewers` (milestones).
        public var fields: [String: String]
    }

    public enum Choice: Sendable, Equatable {
        case react(Reaction)
        case rateLimited
        case muted
        /// Counted, nothing to say yet (an arrival below the burst, a count below the next milestone).
        case noted
        /// Not an event reactions are about (a comment).
        case ignored

        public var name: String {
            switch self {
            case .react(let reaction): "reaction_\(reaction.kind.rawValue)"
            case .rateLimited: "reaction_rate_limited"
            case .muted: "muted"
            case .noted: "noted"
            case .ignored: "ignored"
            }
        }
    }

    public let settings: Settings
    private var lastReaction: Duration?
    /// The highest milestone celebrated.
    public private(set) var celebrated = 0
    private var arrivals: [(at: Duration, name: String)] = []

    public init(settings: Settings = Settings()) { self.settings = settings }

    public mutating func consider(_ event: CommentEvent, at now: Duration) -> Choice {
        if case .viewerCount = event.kind {} else if isMuted(event) { return .muted }
        switch event.kind {
        case .comment: return .ignored
        case let .gift(name, count):
            return react(Reaction(kind: .gift, names: [event.viewerName], fields: ["gift": name, "count": "\(count)"]), at: now)
        case .follow:
            return react(Reaction(kind: .follow, names: [event.viewerName], fields: [:]), at: now)
        case .viewerCount(let count):
            guard let milestone = settings.milestones.last(where: { $0 <= count }), milestone > celebrated else { return .noted }
            let choice = react(Reaction(kind: .milestone, names: [], fields: ["viewers": "\(milestone)"]), at: now)
            if case .react = choice { celebrated = milestone }
            return choice
        case .joined:
            arrivals.removeAll { now - $0.at >= settings.welcomeWindow || $0.name == event.viewerName }
            arrivals.append((now, event.viewerName))
            guard arrivals.count >= settings.welcomeBurst else { return .noted }
            let names = arrivals.suffix(3).map(\.name)
            let choice = react(Reaction(kind: .welcome, names: names, fields: ["count": "\(arrivals.count)"]), at: now)
            if case .react = choice { arrivals = [] }
            return choice
        }
    }

    private mutating func react(_ reaction: Reaction, at now: Duration) -> Choice {
        if let lastReaction, now - lastReaction < settings.reactEvery { return .rateLimited }
        lastReaction = now
        return .react(reaction)
    }

    private func isMuted(_ event: CommentEvent) -> Bool {
        settings.mute.contains(event.viewerID.lowercased()) || settings.mute.contains(event.viewerName.lowercased())
    }
}

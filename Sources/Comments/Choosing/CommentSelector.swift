/// Which viewers' questions go to the host, and when: a pure state machine over a monotonic
/// time (`Duration` since any fixed origin) whose methods return what was chosen.
///
/// ```swift
/// var selector = CommentSelector(settings: .init(answerEvery: .seconds(20), perViewer: .seconds(300), maxWaiting: 20))
/// selector.consider(Comment(viewerID: "u1", name: "小明", text: "能放多久？", verdict: .question(terms)), at: now) // .queued(1)
/// if let chosen = selector.release(at: now).chosen { … ask the host with every asker … }
/// ```
/// A comment is muted (its viewer on the mute list), chit-chat (not a question), off the
/// catalog (a question nothing in the catalog is about), from a viewer answered less than
/// `perViewer` ago or with a question already waiting, merged into a waiting question that
/// shares most of its terms, or queued. Past `maxWaiting` the oldest waiting question is
/// dropped; one older than `maxAge` expires. `release` hands over at most one question per
/// `answerEvery`: the one most viewers asked, the oldest among equals.
public struct CommentSelector: Sendable {
    public struct Settings: Sendable, Equatable {
        public var answerEvery: Duration
        public var perViewer: Duration
        public var maxWaiting: Int
        public var maxAge: Duration
        /// Viewer ids and names, lower case.
        public var mute: Set<String>
        /// Share of terms (Jaccard) at which two questions count as the same.
        public var sameQuestion: Double

        public init(answerEvery: Duration = .seconds(20), perViewer: Duration = .seconds(300), maxWaiting: Int = 20,
                    maxAge: Duration = .seconds(120), mute: Set<String> = [], sameQuestion: Double = 0.6) {
            self.answerEvery = answerEvery; self.perViewer = perViewer; self.maxWaiting = max(1, maxWaiting)
            self.maxAge = maxAge; self.mute = Set(mute.map { $0.lowercased() }); self.sameQuestion = sameQuestion
        }
    }

    /// A comment as the selector sees it: who, what, and what `QuestionSense` made of it.
    public struct Comment: Sendable, Equatable {
        public var source: String
        public var viewerID: String
        public var name: String
        public var text: String
        public var verdict: QuestionSense.Verdict

        public init(source: String = "", viewerID: String, name: String, text: String, verdict: QuestionSense.Verdict) {
            self.source = source; self.viewerID = viewerID; self.name = name; self.text = text; self.verdict = verdict
        }
    }

    /// A question waiting to be chosen, with everyone who asked it.
    public struct Waiting: Sendable, Equatable {
        public var id: Int
        /// The first asker's words (the ones the host reads).
        public var text: String
        public var terms: Set<String>
        public var askers: [Asker]
        public var firstAt: Duration
    }

    public struct Asker: Sendable, Equatable {
        public var source: String
        public var viewerID: String
        public var name: String
    }

    public enum Choice: Sendable, Equatable {
        case queued(Int)
        /// Queued, and the oldest waiting question (`dropped`) left to make room.
        case queuedDropping(Int, dropped: Int)
        case merged(into: Int)
        case muted
        case chitChat
        case offCatalog
        /// This viewer was answered less than `perViewer` ago.
        case viewerCooldown
        /// This viewer already has a question waiting.
        case viewerWaiting

        /// The name in metrics, the as-run tally and `/status`.
        public var name: String {
            switch self {
            case .queued: "queued"
            case .queuedDropping: "queued_dropping_oldest"
            case .merged: "merged"
            case .muted: "muted"
            case .chitChat: "chit_chat"
            case .offCatalog: "off_catalog"
            case .viewerCooldown: "viewer_cooldown"
            case .viewerWaiting: "viewer_waiting"
            }
        }
    }

    /// What `release` did: at most one question chosen, and the ones that waited too long.
    public struct Release: Sendable, Equatable {
        public var chosen: Waiting?
        public var expired: [Waiting]
    }

    public let settings: Settings
    public private(set) var waiting: [Waiting] = []
    /// When each viewer id was last chosen.
    private var lastChosen: [String: Duration] = [:]
    private var lastRelease: Duration?
    private var lastID = 0

    public init(settings: Settings = Settings()) { self.settings = settings }

    public mutating func consider(_ comment: Comment, at now: Duration) -> Choice {
        if isMuted(comment) { return .muted }
        let terms: Set<String>
        switch comment.verdict {
        case .chitChat: return .chitChat
        case .offCatalog: return .offCatalog
        case .question(let asked): terms = asked
        }
        if let chosen = lastChosen[comment.viewerID], now - chosen < settings.perViewer { return .viewerCooldown }
        if waiting.contains(where: { $0.askers.contains { $0.viewerID == comment.viewerID } }) { return .viewerWaiting }
        let asker = Asker(source: comment.source, viewerID: comment.viewerID, name: comment.name)
        if let index = waiting.firstIndex(where: { Self.similarity($0.terms, terms) >= settings.sameQuestion }) {
            waiting[index].askers.append(asker)
            return .merged(into: waiting[index].id)
        }
        lastID += 1
        waiting.append(Waiting(id: lastID, text: comment.text, terms: terms, askers: [asker], firstAt: now))
        guard waiting.count > settings.maxWaiting else { return .queued(lastID) }
        let oldest = waiting.indices.min { waiting[$0].firstAt < waiting[$1].firstAt }!
        return .queuedDropping(lastID, dropped: waiting.remove(at: oldest).id)
    }

    /// The question for the host now, if the answer interval allows one and any waits.
    public mutating func release(at now: Duration) -> Release {
        let maxAge = settings.maxAge
        let expired = waiting.filter { now - $0.firstAt >= maxAge }
        waiting.removeAll { now - $0.firstAt >= maxAge }
        guard nextRelease(at: now) == .zero, !waiting.isEmpty else { return Release(chosen: nil, expired: expired) }
        // Most askers first; among equals the oldest (it expires soonest).
        let index = waiting.indices.max { a, b in
            (waiting[a].askers.count, waiting[b].firstAt) < (waiting[b].askers.count, waiting[a].firstAt)
        }!
        let chosen = waiting.remove(at: index)
        lastRelease = now
        for asker in chosen.askers { lastChosen[asker.viewerID] = now }
        lastChosen = lastChosen.filter { now - $0.value < settings.perViewer }
        return Release(chosen: chosen, expired: expired)
    }

    /// How long until `release` may choose again (zero: now).
    public func nextRelease(at now: Duration) -> Duration {
        guard let lastRelease else { return .zero }
        return max(.zero, lastRelease + settings.answerEvery - now)
    }

    private func isMuted(_ comment: Comment) -> Bool {
        settings.mute.contains(comment.viewerID.lowercased()) || settings.mute.contains(comment.name.lowercased())
    }

    /// Shared terms over all terms (Jaccard); two empty sets are the same.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}

import Foundation

/// Where the comment connectors leave what the operator and the as-run log see: the sources'
/// states and the choices made about comments. Thread-safe; the engine only takes the tally.
///
/// ```swift
/// desk.comments.provideStatus { hub.status() }   // GET /status shows it under "comments"
/// desk.comments.count("chit_chat")               // the next as-run entry counts it
/// ```
public final class CommentBoard: @unchecked Sendable {  // `lock` guards every var
    private let lock = NSLock()
    private var tally: [String: Int] = [:]
    private var provider: (@Sendable () -> CommentsStatus)?

    public init() {}

    /// Counts one choice (`queued`, `merged`, `chit_chat`, `rate_limited`, `reaction`, …) for
    /// the as-run entry of the segment on air.
    public func count(_ choice: String, by amount: Int = 1) {
        lock.withLock { tally[choice, default: 0] += amount }
    }

    /// The choices counted since the last call (nil when none): one as-run entry's `comments`.
    public func takeTally() -> [String: Int]? {
        lock.withLock {
            defer { tally = [:] }
            return tally.isEmpty ? nil : tally
        }
    }

    public func provideStatus(_ provider: @escaping @Sendable () -> CommentsStatus) { lock.withLock { self.provider = provider } }

    public func status() -> CommentsStatus? { lock.withLock { provider }?() }
}

/// `GET /status` → `comments`: each source's connection and what was chosen about comments.
public struct CommentsStatus: Sendable, Codable, Equatable {
    public struct Source: Sendable, Codable, Equatable {
        public var name: String
        public var type: String
        /// `connecting`, `live`, `backoff` or `stopped` (a webhook is `live` while the API listens).
        public var state: String
        public var connected: Bool
        public var events: Int
        /// Recoveries: connections that came up again after a failure.
        public var reconnects: Int
        public var reconnectAttempts: Int
        public var lastError: String?

        public init(name: String, type: String, state: String, connected: Bool, events: Int, reconnects: Int,
                    reconnectAttempts: Int, lastError: String?) {
            self.name = name; self.type = type; self.state = state; self.connected = connected; self.events = events
            self.reconnects = reconnects; self.reconnectAttempts = reconnectAttempts; self.lastError = lastError
        }
    }

    /// One choice about one comment or event, newest last.
    public struct Choice: Sendable, Codable, Equatable {
        public var time: Date
        public var source: String
        public var viewer: String
        public var choice: String
        public var text: String?

        public init(time: Date, source: String, viewer: String, choice: String, text: String?) {
            self.time = time; self.source = source; self.viewer = viewer; self.choice = choice; self.text = text
        }
    }

    public var sources: [Source]
    /// Questions waiting to be chosen (the next goes to the host when the answer interval allows).
    public var waiting: Int
    /// Seconds until the next answer may be chosen (0: now).
    public var nextAnswerInSeconds: Double
    /// Every choice since start, by name.
    public var choices: [String: Int]
    /// The last choices (at most 20).
    public var recent: [Choice]

    public init(sources: [Source], waiting: Int, nextAnswerInSeconds: Double, choices: [String: Int], recent: [Choice]) {
        self.sources = sources; self.waiting = waiting; self.nextAnswerInSeconds = nextAnswerInSeconds
        self.choices = choices; self.recent = recent
    }
}

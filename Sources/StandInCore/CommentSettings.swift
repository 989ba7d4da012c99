/// The channel file's `comments:` block: where viewers' comments come from, and how the host
/// chooses what to answer and what to react to (docs/channel.md, docs/comments.md).
public struct CommentSettings: Sendable, Equatable {
    /// The connectors, each with its own reconnect loop; empty: no comments are read.
    public var sources: [CommentSourceSettings] = []
    /// At most one answer per this many seconds, across every source.
    public var answerEverySeconds = 20
    /// One answered question per viewer per this many minutes.
    public var perViewerMinutes = 5
    /// Questions waiting to be chosen; past this the oldest is dropped.
    public var maxWaiting = 20
    /// Viewers never answered or thanked: ids or display names, compared without case.
    public var mute: [String] = []
    /// At most one reaction (thanks, welcome, milestone) per this many seconds.
    public var reactEverySeconds = 30
    /// Viewer counts that earn a line when first passed.
    public var milestones: [Int] = [100, 500, 1_000, 5_000, 10_000, 50_000, 100_000]
    /// This many new viewers within `welcomeWindowSeconds` earn a welcome.
    public var welcomeBurst = 5
    public var welcomeWindowSeconds = 30
    public var source: SourceLocation?

    public init() {}

    /// Every secret taken from the environment (for the log redactor).
    public var secrets: [String] { sources.flatMap(\.secrets) }
}

/// One connector under `comments.sources`.
public struct CommentSourceSettings: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Signed pushes to `POST /comments/<name>` on the control API's server.
        case webhook(secret: String, replayWindowSeconds: Int)
        /// Twitch chat over IRC, plain TCP (`irc.chat.twitch.tv:6667`; TLS is not built in).
        case twitch(host: String, port: Int, channel: String, nick: String, token: String?)
        /// YouTube Live Chat: `liveChatMessages.list` polled at the interval the API returns.
        case youtube(endpoint: String, liveChatID: String, token: String)
    }

    public var name: String
    public var kind: Kind
    public var source: SourceLocation

    public init(name: String, kind: Kind, source: SourceLocation) {
        self.name = name; self.kind = kind; self.source = source
    }

    /// `webhook`, `twitch` or `youtube`.
    public var type: String {
        switch kind {
        case .webhook: "webhook"
        case .twitch: "twitch"
        case .youtube: "youtube"
        }
    }

    public var secrets: [String] {
        switch kind {
        case .webhook(let secret, _): [secret]
        case .twitch(_, _, _, _, let token): token.map { [$0, "oauth:" + $0] } ?? []
        case .youtube(_, _, let token): [token]
        }
    }
}

/// The control API of `standin stream`: where it listens and who may use it.
public struct APISettings: Sendable, Equatable {
    /// Interface to bind; 127.0.0.1 unless the channel file says otherwise.
    public var host: String
    public var port: Int
    public var tokens: [APIToken]
    /// How long a connection has to deliver a whole request (headers and body), counted from
    /// when it opened or from the end of its last answer; then it is closed (`request_timeout_ms`).
    public var requestTimeoutMilliseconds: Int
    /// Connections served at once (`max_connections`); see `docs/api.md` for what happens past it.
    public var maxConnections: Int

    public static let defaultRequestTimeoutMilliseconds = 5_000
    public static let defaultMaxConnections = 256

    public init(host: String = "127.0.0.1", port: Int = 8787, tokens: [APIToken] = [],
                requestTimeoutMilliseconds: Int = APISettings.defaultRequestTimeoutMilliseconds,
                maxConnections: Int = APISettings.defaultMaxConnections) {
        self.host = host; self.port = port; self.tokens = tokens
        self.requestTimeoutMilliseconds = requestTimeoutMilliseconds; self.maxConnections = maxConnections
    }
}

/// A bearer token and what it may steer.
public struct APIToken: Sendable, Equatable {
    /// Who holds it: recorded in the as-run log with every command it gives.
    public var name: String
    public var token: String
    /// Channel ids the token may steer; nil: only the channel whose file lists it.
    public var channels: [String]?
    public var source: SourceLocation

    public init(name: String, token: String, channels: [String]?, source: SourceLocation) {
        self.name = name; self.token = token; self.channels = channels; self.source = source
    }

    /// Whether the token may steer `channel` (`*` in a shared file means every channel).
    public func allows(_ channel: String) -> Bool {
        channels.map { $0.contains("*") || $0.contains(channel) } ?? true
    }
}

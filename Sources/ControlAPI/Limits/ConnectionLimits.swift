import StandInCore

/// How much of the process the HTTP server may hold: connections at once, and how long a
/// connection may take to deliver a whole request.
///
/// ```swift
/// let limits = ConnectionLimits(api: channel.api).fitting(fileLimit: FileLimit.raise().soft)
/// let server = try ControlServer.start(router: router, host: "127.0.0.1", port: 8787, limits: limits, logger: logger)
/// ```
public struct ConnectionLimits: Sendable, Equatable {
    /// Connections served at once; a further one takes an idle one's place or gets 503.
    public var maxConnections: Int
    /// Connections past `maxConnections` kept open only to be told 503 (then closed); past
    /// these, a new connection is closed at once without an answer.
    public var maxRefusing: Int
    /// From opening (or the end of the last answer) to the end of the next request.
    public var requestTimeout: Duration

    public init(maxConnections: Int = APISettings.defaultMaxConnections,
                requestTimeout: Duration = .milliseconds(APISettings.defaultRequestTimeoutMilliseconds)) {
        self.maxConnections = max(1, maxConnections)
        self.maxRefusing = Self.refusing(for: self.maxConnections)
        self.requestTimeout = requestTimeout
    }

    /// The channel file's `api.max_connections` and `api.request_timeout_ms`.
    public init(api: APISettings) {
        self.init(maxConnections: api.maxConnections, requestTimeout: .milliseconds(api.requestTimeoutMilliseconds))
    }

    /// These limits with the server's connections (served and refusing) held to half of
    /// `fileLimit`, the process's file handles: the other half stays for the engine (its
    /// outputs, images, logs), so no number of clients can take the handles it renders with.
    public func fitting(fileLimit: Int) -> ConnectionLimits {
        let budget = max(2, fileLimit / 2)
        guard maxConnections + maxRefusing > budget else { return self }
        var fitted = self
        fitted.maxConnections = max(1, budget * 8 / 9)
        fitted.maxRefusing = max(1, budget - fitted.maxConnections)
        return fitted
    }

    /// One refusing slot per eight served ones, at least four.
    private static func refusing(for connections: Int) -> Int { max(4, connections / 8) }
}

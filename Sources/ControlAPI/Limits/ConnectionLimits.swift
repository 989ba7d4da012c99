import StandInCore

/// How much of the process the HTTP server may hold: connections at once, and how long a
/// connection may take to deliver a whole request.
///
/// ```swift
/// let limit = FileLimit.raise()                      // MediaIO
/// let limits = ConnectionLimits(api: channel.api).fitting(fileLimit: limit.soft, openFiles: limit.openFiles)
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

    /// Sockets the server holds at most, from accept to close: those served and refusing,
    /// and a few accepted but not yet sorted (or displaced but not yet closed).
    public var maxAccepted: Int { maxConnections + maxRefusing + Self.acceptSlack }

    static let acceptSlack = 8
    /// Handles kept for the engine beyond those open at start: a picture being decoded,
    /// a destination reconnecting, the next day's as-run file, espeak-ng's files.
    static let engineReserve = 64

    /// These limits with every socket the server may hold (`maxAccepted`) fitted into half
    /// of `fileLimit`, the process's file handles, and into what is left of it after the
    /// `openFiles` already open and `engineReserve`: so no number of clients can take the
    /// handles the engine renders with. The process must never run out of handles: besides
    /// the engine's own files, Swift's libdispatch stops the process when it cannot open
    /// /proc/…/stat for its thread pool (docs/deploy.md).
    public func fitting(fileLimit: Int, openFiles: Int = 0) -> ConnectionLimits {
        let room = min(fileLimit / 2, fileLimit - openFiles - Self.engineReserve)
        let budget = max(2, room - Self.acceptSlack)
        guard maxConnections + maxRefusing > budget else { return self }
        var fitted = self
        fitted.maxConnections = max(1, budget * 8 / 9)
        fitted.maxRefusing = max(1, budget - fitted.maxConnections)
        return fitted
    }

    /// One refusing slot per eight served ones, at least four.
    private static func refusing(for connections: Int) -> Int { max(4, connections / 8) }
}

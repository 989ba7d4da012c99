/// Failed sign-ins per key (a user name, a client address) over a sliding window: once a key
/// has `limit` failures within `window`, attempts carrying it are refused until the oldest of
/// them leaves the window. A pure state machine: the caller passes the time.
///
/// ```swift
/// var limiter = SignInLimiter(limit: 5, window: .seconds(60))
/// let keys = SignInLimiter.keys(name: "lin", address: "203.0.113.7")
/// if case .refuse(let retryAfter) = limiter.decision(for: keys, at: now) { /* 429 */ }
/// limiter.failed(keys, at: now)          // a wrong password
/// limiter.succeeded(name: "lin")         // signed in: the name's count starts again
/// ```
public struct SignInLimiter: Sendable {
    public typealias Instant = ContinuousClock.Instant

    public enum Decision: Sendable, Equatable {
        case allow
        /// Too many failures: try again after this long.
        case refuse(retryAfter: Duration)
    }

    public let limit: Int
    public let window: Duration
    /// The recent failures of each key, oldest first (at most `limit` kept).
    private var failures: [String: [Instant]] = [:]

    public init(limit: Int, window: Duration) {
        self.limit = limit; self.window = window
    }

    /// The keys an attempt counts against: the name, and the client's address when known.
    public static func keys(name: String, address: String?) -> [String] {
        ["name:" + name] + (address.map { ["address:" + $0] } ?? [])
    }

    /// Whether an attempt with these keys may go ahead at `now`.
    public func decision(for keys: [String], at now: Instant) -> Decision {
        let waits = keys.compactMap { key -> Duration? in
            let recent = (failures[key] ?? []).filter { now - $0 < window }
            guard recent.count >= limit else { return nil }
            return recent[recent.count - limit] + window - now
        }
        return waits.max().map { .refuse(retryAfter: $0) } ?? .allow
    }

    /// Records a failed attempt; failures older than the window are forgotten.
    public mutating func failed(_ keys: [String], at now: Instant) {
        failures = failures.compactMapValues { times in
            let recent = times.filter { now - $0 < window }
            return recent.isEmpty ? nil : recent
        }
        for key in keys { failures[key, default: []] = Array((failures[key, default: []] + [now]).suffix(limit)) }
    }

    /// A successful sign-in clears the name's failures (not the address's: another account
    /// signing in from the same address does not excuse guesses at this one).
    public mutating func succeeded(name: String) {
        failures["name:" + name] = nil
    }

    /// How many keys have recent failures (for tests: old entries do not pile up).
    public var trackedKeys: Int { failures.count }
}

extension Duration {
    /// Whole seconds, rounded up, at least 1: what a `Retry-After` header says.
    public var retryAfterSeconds: Int64 {
        let (seconds, attoseconds) = components
        return max(1, seconds + (attoseconds > 0 ? 1 : 0))
    }
}

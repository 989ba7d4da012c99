/// When a destination connects again after a failure: a pure state machine whose methods
/// return what to do; the worker carries the actions out and passes the time (its own
/// monotonic clock, as a `Duration` since any fixed origin) in.
///
/// Full connection attempts follow a backoff: `firstDelay` after the first failure, ×`growth`
/// per failure in a row, ±`jitter` (so many channels that lose the same server do not return
/// in step), never more than `maxDelay`. A connection that stayed up for `resetAfter` counts as
/// healthy: the next failure starts over. While waiting, a cheap TCP connect probe (one at
/// once after the failure, then every `probeInterval`) watches the endpoint: when its port
/// turns from closed to open (the server is back), the full connect goes out at once instead
/// of at the end of the backoff. A port that stays open while connects fail (the server up
/// but refusing the stream, or frozen) gives no shortcut, so such a server is never hammered.
///
/// ```swift
/// var policy = ReconnectPolicy()
/// var action = policy.start()                                          // .connect
/// action = policy.connectionLost(after: .seconds(30), at: .seconds(30)) // .probe(after: 0 s)
/// action = policy.probed(open: false, at: .seconds(30))                 // .probe(after: 1 s): down
/// action = policy.probed(open: true, at: .seconds(32))                  // .connect: back
/// ```
public struct ReconnectPolicy: Sendable {
    public struct Settings: Sendable, Equatable {
        public var firstDelay: Duration
        public var growth: Double
        public var maxDelay: Duration
        /// Fraction of the delay added or taken away at random (0.2 = ±20 %).
        public var jitter: Double
        public var resetAfter: Duration
        /// How often to probe a down endpoint with a TCP connect; zero: never probe.
        public var probeInterval: Duration

        /// OBS-like: 2 s, ×1.5 per failure in a row, at most 60 s; a probe every second.
        public init(firstDelay: Duration = .seconds(2), growth: Double = 1.5, maxDelay: Duration = .seconds(60),
                    jitter: Double = 0.2, resetAfter: Duration = .seconds(10), probeInterval: Duration = .seconds(1)) {
            self.firstDelay = firstDelay
            self.growth = growth
            self.maxDelay = maxDelay
            self.jitter = jitter
            self.resetAfter = resetAfter
            self.probeInterval = probeInterval
        }
    }

    public enum Action: Sendable, Equatable {
        case connect
        /// Wait this long, then connect.
        case wait(Duration)
        /// Wait this long, then probe the endpoint and report with `probed(open:at:)`.
        case probe(after: Duration)
    }

    public let settings: Settings
    /// Failures in a row since the last healthy connection.
    public private(set) var failures = 0
    /// When the backoff ends and the next full attempt is due (on the caller's clock).
    public private(set) var nextAttempt: Duration = .zero
    /// A probe found the port closed since the last full attempt.
    private var sawClosed = false
    /// A number in -1…1 per delay; scaled by `jitter`.
    private let random: @Sendable () -> Double

    public init(settings: Settings = Settings(), random: @escaping @Sendable () -> Double = { .random(in: -1...1) }) {
        self.settings = settings
        self.random = random
    }

    /// The first connection goes out at once.
    public func start() -> Action { .connect }

    /// A connection attempt failed (refused, timed out, rejected by the server) at `now`.
    public mutating func connectFailed(at now: Duration = .zero) -> Action {
        failures += 1
        nextAttempt = now + delay(afterFailures: failures)
        sawClosed = false
        return settings.probeInterval > .zero ? .probe(after: .zero) : .wait(nextAttempt - now)
    }

    /// An established connection broke (or stalled) after `uptime`, at `now`.
    public mutating func connectionLost(after uptime: Duration, at now: Duration = .zero) -> Action {
        if uptime >= settings.resetAfter { failures = 0 }
        return connectFailed(at: now)
    }

    /// A probe at `now` found the endpoint's port `open` or not.
    public mutating func probed(open: Bool, at now: Duration) -> Action {
        if !open {
            sawClosed = true
        } else if sawClosed {
            return .connect
        }
        return waiting(at: now)
    }

    /// What to do until the backoff ends: probe while more than one interval is left.
    private func waiting(at now: Duration) -> Action {
        let left = nextAttempt - now
        guard settings.probeInterval > .zero, left > settings.probeInterval else { return .wait(max(left, .zero)) }
        return .probe(after: settings.probeInterval)
    }

    /// The delay after `count` failures in a row, in whole milliseconds.
    private func delay(afterFailures count: Int) -> Duration {
        let first = Self.milliseconds(settings.firstDelay), cap = Self.milliseconds(settings.maxDelay)
        let base = min(first * Double.pow(settings.growth, min(count, 64) - 1), cap)
        let factor = 1 + settings.jitter * min(max(random(), -1), 1)
        return .milliseconds(Int64(min(base * factor, cap).rounded()))
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

private extension Double {
    static func pow(_ base: Double, _ exponent: Int) -> Double {
        (0..<max(exponent, 0)).reduce(1) { value, _ in value * base }
    }
}

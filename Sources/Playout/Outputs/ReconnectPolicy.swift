/// When a destination connects again after a failure: a pure state machine whose methods
/// return what to do; the worker carries the actions out and reads the clock itself.
///
/// Delays start at `firstDelay`, grow by `growth` per failure in a row, get ±`jitter` (so many
/// channels that lose the same server do not return in step) and never exceed `maxDelay`. A
/// connection that stayed up for `resetAfter` counts as healthy: the next failure starts over.
///
/// ```swift
/// var policy = ReconnectPolicy()
/// var action = policy.start()                          // .connect
/// action = policy.connectFailed()                      // .wait(≈2 s)
/// action = policy.connectionLost(after: .seconds(3))   // .wait(≈4 s)
/// ```
public struct ReconnectPolicy: Sendable {
    public struct Settings: Sendable, Equatable {
        public var firstDelay: Duration
        public var growth: Double
        public var maxDelay: Duration
        /// Fraction of the delay added or taken away at random (0.2 = ±20 %).
        public var jitter: Double
        public var resetAfter: Duration

        public init(firstDelay: Duration = .seconds(2), growth: Double = 2, maxDelay: Duration = .seconds(30),
                    jitter: Double = 0.2, resetAfter: Duration = .seconds(10)) {
            self.firstDelay = firstDelay
            self.growth = growth
            self.maxDelay = maxDelay
            self.jitter = jitter
            self.resetAfter = resetAfter
        }
    }

    public enum Action: Sendable, Equatable {
        case connect
        /// Wait this long, then connect.
        case wait(Duration)
    }

    public let settings: Settings
    /// Failures in a row since the last healthy connection.
    public private(set) var failures = 0
    /// A number in -1…1 per delay; scaled by `jitter`.
    private let random: @Sendable () -> Double

    public init(settings: Settings = Settings(), random: @escaping @Sendable () -> Double = { .random(in: -1...1) }) {
        self.settings = settings
        self.random = random
    }

    /// The first connection goes out at once.
    public func start() -> Action { .connect }

    /// A connection attempt failed (refused, timed out, rejected by the server).
    public mutating func connectFailed() -> Action {
        failures += 1
        return .wait(delay(afterFailures: failures))
    }

    /// An established connection broke after `uptime`.
    public mutating func connectionLost(after uptime: Duration) -> Action {
        if uptime >= settings.resetAfter { failures = 0 }
        return connectFailed()
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

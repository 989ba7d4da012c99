import Foundation

/// The engine's one source of time, for its two jobs: a monotonic reading that paces the
/// output and can block a thread until a deadline (it never steps), and the wall time that
/// places the plan and dates the as-run log (an operator, NTP or a restored VM may step it).
/// Injected (`LiveOptions.clock`): production runs on `SystemClock`, tests on a `ManualClock`
/// that jumps to every deadline asked for, so the engine runs in-process in seconds.
///
/// ```swift
/// let clock = SystemClock(speed: 2)              // media time runs twice as fast as real time
/// clock.sleep(until: clock.now + .seconds(1))    // returns after about 0.5 s
/// clock.wallNow()                                // Date()
/// ```
public protocol EngineClock: Sendable {
    /// Monotonic time since the clock's origin.
    var now: Duration { get }
    /// Blocks the calling thread until `now >= deadline`; returns at once if it already is.
    func sleep(until deadline: Duration)
    /// The wall time now.
    func wallNow() -> Date
}

/// The machine's clocks: CLOCK_MONOTONIC (optionally sped up, `speed` 2 = twice real time)
/// and CLOCK_REALTIME.
public struct SystemClock: EngineClock {
    public let speed: Double
    private let origin = ContinuousClock.now

    public init(speed: Double = 1) {
        precondition(speed > 0, "a pacing clock needs a positive speed")
        self.speed = speed
    }

    public var now: Duration { origin.duration(to: .now) * speed }

    public func sleep(until deadline: Duration) {
        let left = (deadline - now) / speed
        guard left > .zero else { return }
        var request = timespec(tv_sec: Int(left.components.seconds),
                               tv_nsec: Int(left.components.attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }

    public func wallNow() -> Date { Date() }
}

/// A clock that only moves when slept on: `sleep(until:)` jumps to the deadline at once, so
/// paced code runs as fast as it can while every deadline it asked for is kept in order. The
/// wall time follows it from `wallAtZero`, and can be stepped (`step(by:)`) as NTP steps the
/// real one.
public final class ManualClock: EngineClock, @unchecked Sendable {  // `lock` guards `time`, `wallOffset`
    private let lock = NSLock()
    private var time: Duration
    private let wallAtZero: Date
    private var wallOffset: TimeInterval = 0

    /// `wallAtZero`: the wall time when `now` is zero.
    public init(now: Duration = .zero, wallAtZero: Date = Date(timeIntervalSince1970: 1_796_000_000)) {
        time = now
        self.wallAtZero = wallAtZero
    }

    public var now: Duration { lock.withLock { time } }

    public func sleep(until deadline: Duration) { lock.withLock { time = max(time, deadline) } }

    /// Moves the clock forward, e.g. to simulate a slow render.
    public func advance(by duration: Duration) { lock.withLock { time += duration } }

    public func wallNow() -> Date {
        lock.withLock { wallAtZero.addingTimeInterval(Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18 + wallOffset) }
    }

    /// Steps the wall time (not the monotonic reading) by `seconds`.
    public func step(by seconds: TimeInterval) { lock.withLock { wallOffset += seconds } }
}

import Foundation

/// Monotonic time that can also block the calling thread until a given time; injected into
/// `Pacer` so tests run unpaced (`ManualPacingClock`) or accelerated.
///
/// ```swift
/// let clock = SystemPacingClock(speed: 2)   // media time runs twice as fast as real time
/// clock.sleep(until: clock.now + .seconds(1))   // returns after about 0.5 s
/// ```
public protocol PacingClock: Sendable {
    /// Time since the clock's origin.
    var now: Duration { get }
    /// Blocks the calling thread until `now >= deadline`; returns at once if it already is.
    func sleep(until deadline: Duration)
}

/// The machine's monotonic clock, optionally sped up (`speed` 2 = twice real time).
public struct SystemPacingClock: PacingClock {
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
}

/// A clock that only moves when slept on: `sleep(until:)` jumps to the deadline at once, so
/// paced code runs as fast as it can while every deadline it asked for is recorded.
public final class ManualPacingClock: PacingClock, @unchecked Sendable {  // `lock` guards `time`
    private let lock = NSLock()
    private var time: Duration

    public init(now: Duration = .zero) { time = now }

    public var now: Duration { lock.withLock { time } }

    public func sleep(until deadline: Duration) { lock.withLock { time = max(time, deadline) } }

    /// Moves the clock forward, e.g. to simulate a slow render.
    public func advance(by duration: Duration) { lock.withLock { time += duration } }
}

import Foundation
import StandInCore

/// The live engine's two clocks, each for one job: the monotonic clock paces the output
/// (output positions: samples since this process's pts 0), the wall clock says where the
/// plan stands (channel positions: samples since the epoch). A wall-clock step never
/// freezes or bursts the output; it is seen here (`WallClockWatch`) and handed to the render
/// thread as a `ClockStep` to replan.
///
/// ```swift
/// let clock = ChannelClock(state: state, clock: SystemClock(), tolerance: 96_000, samplesPerFrame: 1_600)
/// clock.start(origin: resumePosition)            // output 0 airs now
/// _ = clock.wait(until: packetOutputPosition, stopped: { stop })
/// for step in clock.takeSteps() { replan(step) }
/// ```
/// Unpaced runs (`speed` 0) never wait and never see a step. Thread-safe: the render and
/// send threads share it.
final class ChannelClock: @unchecked Sendable {  // `lock` guards `anchor`, `watch`, `steps`, `lastLook`
    let state: StreamState
    /// Both readings: monotonic (`now`, `sleep`) and wall (`wallNow()`).
    let source: any EngineClock
    /// Channel seconds per monotonic second (a simulated clock's speed; 1 for real time).
    let speed: Double
    let isPaced: Bool
    private let lock = NSLock()
    /// The monotonic reading at output position 0 (before slewing).
    private var anchor: Duration
    private var watch: WallClockWatch
    private var steps: [ClockStep] = []
    private var lastLook: Duration?
    /// How often the wall clock is compared at most (monotonic).
    static let lookEvery = Duration.milliseconds(20)

    init(state: StreamState, clock: any EngineClock, tolerance: Int, samplesPerFrame: Int) {
        self.state = state
        source = clock
        isPaced = !(state.simulatedStart != nil && state.speed == 0)
        speed = state.simulatedStart == nil ? 1 : max(state.speed ?? 1, 0)
        anchor = source.now
        watch = WallClockWatch(offset: 0, tolerance: tolerance, samplesPerFrame: samplesPerFrame)
        watch.restart(offset: wallPosition())
    }

    /// The channel position the wall clock says now (the simulated clock's, when simulated).
    func wallPosition() -> Int { Self.samples(state.now(real: source.wallNow()).timeIntervalSince(state.epoch)) }

    /// The channel's time now, by the wall clock.
    func wallTime() -> Date { state.now(real: source.wallNow()) }

    /// Output position 0 is channel position `origin`, due when the wall clock reaches it
    /// (now, for a position just resumed at). An origin further ahead than the tolerance (the
    /// as-run log ran ahead of this wall clock: it stepped back while the process was down)
    /// airs now instead of waiting, and is a step back for the render to replan.
    func start(origin: Int) {
        let wallNow = wallPosition(), date = wallTime()
        lock.withLock {
            watch.restart(offset: origin)
            lastLook = nil
            steps = []
            let ahead = origin - wallNow
            guard isPaced, ahead > watch.tolerance else {
                anchor = source.now + (isPaced ? seconds(ahead) : .zero)
                return
            }
            anchor = source.now
            if let step = watch.observe(paced: 0, wall: wallNow, at: date) { steps.append(step) }
        }
    }

    /// The output position now: monotonic, slewed.
    func outputNow() -> Int {
        lock.withLock {
            look()
            return paced() + watch.slew
        }
    }

    /// The channel position now: the output's, moved by every step seen so far (unpaced:
    /// the wall clock's).
    func position() -> Int {
        guard isPaced else { return wallPosition() }
        return lock.withLock {
            look()
            return paced() + watch.slew + watch.offset
        }
    }

    /// How far output position `output` is ahead of now (negative: behind); nil when unpaced.
    func lead(of output: Int) -> Int? { isPaced ? output - outputNow() : nil }

    /// Seconds output position `output` is late now (negative: early); nil when unpaced.
    func lateness(of output: Int) -> Double? {
        guard let due = due(output) else { return nil }
        return (source.now - due).seconds
    }

    /// The channel's wall time at which output position `output` airs: now, or the moment
    /// ahead when it is not due yet (measured, not planned); nil when unpaced.
    func airTime(of output: Int) -> Date? {
        guard let due = due(output) else { return nil }
        let ahead = max(.zero, due - source.now).seconds * speed
        return wallTime().addingTimeInterval(ahead)
    }

    /// The monotonic instant output position `output` is due; nil when unpaced.
    func due(_ output: Int) -> Duration? {
        guard isPaced else { return nil }
        return lock.withLock { anchor + seconds(output - watch.slew) }
    }

    /// Sleeps on the monotonic clock until output position `output` is due, waking early
    /// (false) when `stopped()` turns true; looks at the wall clock as it waits.
    func wait(until output: Int, stopped: () -> Bool) -> Bool {
        guard isPaced else { return !stopped() }
        while !stopped() {
            let now = source.now
            lock.withLock { look() }
            guard let due = due(output), due > now else { return true }
            source.sleep(until: min(due, now + .milliseconds(50)))
        }
        return false
    }

    /// Sleeps `duration` on the monotonic clock (unpaced: returns at once).
    func pause(_ duration: Duration) {
        guard isPaced else { return }
        source.sleep(until: source.now + duration)
    }

    /// The sum of the steps waiting to be replanned, in samples (positive: the render cuts
    /// the segment on air for it; negative: the plan is rebuilt at the next boundary).
    var pendingStep: Int {
        lock.withLock {
            look()
            return steps.reduce(0) { $0 + $1.samples }
        }
    }

    /// The steps seen since the last call, oldest first, and the channel position of output
    /// 0 the wall clock now says (the plan's origin: where the render moves its own).
    func takeSteps() -> (steps: [ClockStep], origin: Int) {
        lock.withLock {
            look()
            defer { steps = [] }
            return (steps, watch.offset)
        }
    }

    /// Compares the clocks (at most every `lookEvery`); caller holds `lock`.
    private func look() {
        guard isPaced else { return }
        let now = source.now
        if let lastLook, now - lastLook < Self.lookEvery { return }
        let wall = wallTime()
        // A thread descheduled between the two readings would see a difference that is not
        // there: such a look is left out.
        guard source.now - now < .milliseconds(5) else { return }
        lastLook = now
        let wallPosition = Self.samples(wall.timeIntervalSince(state.epoch))
        if let step = watch.observe(paced: paced(at: now), wall: wallPosition, at: wall) { steps.append(step) }
    }

    /// Output position by the monotonic clock alone; caller holds `lock`.
    private func paced(at now: Duration? = nil) -> Int {
        Self.samples((( now ?? source.now) - anchor).seconds * speed)
    }

    /// Monotonic time for `samples` of channel time.
    private func seconds(_ samples: Int) -> Duration {
        .nanoseconds(Int64((Double(samples) / Double(MediaClock.sampleRate) / speed * 1e9).rounded()))
    }

    private static func samples(_ seconds: Double) -> Int { Int((seconds * Double(MediaClock.sampleRate)).rounded(.down)) }
}

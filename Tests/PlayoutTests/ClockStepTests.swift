import Foundation
@testable import Playout
import StandInCore
import Testing

/// The live engine's clocks with a wall clock that steps and a monotonic one that does not:
/// the output's pace never changes (no freeze, no burst), a step beyond the tolerance is
/// reported once with its size, a smaller one is slewed away without an event.
@Suite("Channel clock: wall-clock steps")
struct ClockStepTests {
    static let rate = MediaClock.sampleRate
    static let frame = rate / 30

    struct Case: Sendable, CustomTestStringConvertible {
        var stepSeconds: Double
        var isEvent: Bool
        var testDescription: String { "\(stepSeconds > 0 ? "+" : "")\(stepSeconds) s" }
    }

    static let cases: [Case] = [
        Case(stepSeconds: 1.5, isEvent: false),      // forward, small: slewed
        Case(stepSeconds: 2.5, isEvent: true),       // forward, just past the tolerance
        Case(stepSeconds: 3_600, isEvent: true),     // forward, large
        Case(stepSeconds: -1, isEvent: false),       // backward, small: slewed
        Case(stepSeconds: -600, isEvent: true),      // backward, large
        Case(stepSeconds: -86_400, isEvent: true),   // backward a day
    ]

    /// The channel clock over one manual clock, returned twice: as the monotonic reading and
    /// as the wall clock that steps.
    func makeClock() -> (ChannelClock, ManualClock, ManualClock) {
        let epoch = Date(timeIntervalSince1970: 1_796_000_000)
        let manual = ManualClock(now: .seconds(1_000), wallAtZero: epoch.addingTimeInterval(-1_000 + 3_600))
        let clock = ChannelClock(state: StreamState(epoch: epoch), clock: manual,
                                 tolerance: 2 * Self.rate, samplesPerFrame: Self.frame)
        clock.start(origin: 3_600 * Self.rate)   // an hour after the epoch: now
        return (clock, manual, manual)
    }

    @Test(arguments: cases)
    func theOutputKeepsItsPaceAndTheStepIsAnEventOnlyPastTheTolerance(_ step: Case) throws {
        let (clock, monotonic, wall) = makeClock()
        let batch = Self.rate / 25   // the sender's 40 ms
        var gaps: [Double] = []
        var last = monotonic.now
        var steps: [ClockStep] = []
        for output in stride(from: 0, through: 20 * Self.rate, by: batch) {
            if output == 5 * Self.rate { wall.step(by: step.stepSeconds) }
            #expect(clock.wait(until: output, stopped: { false }))
            gaps.append((monotonic.now - last).seconds)
            last = monotonic.now
            steps += clock.takeSteps().steps
        }
        // Every 40 ms of stream took 40 ms (± the 0.5 % slew): no freeze, no burst.
        let paced = gaps.dropFirst()
        #expect(paced.allSatisfy { abs($0 - 0.04) <= 0.04 * 0.005 + 1e-6 }, "gaps \(paced.min()!) … \(paced.max()!) s")
        #expect(steps.count == (step.isEvent ? 1 : 0))
        if let seen = steps.first {
            #expect(abs(Double(seen.samples) / Double(Self.rate) - step.stepSeconds) <= 1.0 / 60, "\(seen.samples)")
            #expect(seen.samples % Self.frame == 0)
            #expect(clock.takeSteps().origin == 3_600 * Self.rate + seen.samples, "where the render moves its origin")
            // The plan's position follows the wall clock at once; the output's does not.
            #expect(abs(clock.position() - clock.wallPosition()) < Self.frame)
            #expect(abs(clock.outputNow() - 20 * Self.rate) < Self.frame)
        } else {
            // Slewed: after 15 s at most 75 ms of it is gone, the rest goes on being slewed.
            let left = clock.wallPosition() - clock.position()
            #expect(abs(left) < abs(Int(step.stepSeconds * Double(Self.rate))))
            #expect(abs(abs(Int(step.stepSeconds * Double(Self.rate))) - abs(left)) <= 15 * Self.rate / 200 + Self.frame)
        }
    }

    @Test(arguments: [1.5, -1.9])
    func aSmallDifferenceIsSlewedAwayWithoutAnEvent(_ seconds: Double) throws {
        let (clock, monotonic, wall) = makeClock()
        wall.step(by: seconds)
        let start = monotonic.now
        var output = 0
        while (monotonic.now - start) < .seconds(600) {
            output += Self.rate / 10
            _ = clock.wait(until: output, stopped: { false })
            #expect(clock.takeSteps().steps.isEmpty)
        }
        #expect(abs(clock.position() - clock.wallPosition()) <= Self.frame, "slewed to within a frame in 10 min")
        // The stream ran 0.5 % fast or slow at most meanwhile.
        let drift = Double(output) / Double(Self.rate) - (monotonic.now - start).seconds
        #expect(abs(drift - seconds) < 0.05, "output moved \(drift) s against the monotonic clock")
    }

    @Test func aRestartWhoseLogRanAheadOfTheWallClockAirsAtOnceAndReplans() throws {
        let (clock, monotonic, _) = makeClock()
        clock.start(origin: (3_600 + 600) * Self.rate)   // the log ends ten minutes ahead of the wall clock
        let before = monotonic.now
        #expect(clock.wait(until: 0, stopped: { false }))
        #expect(monotonic.now == before, "output 0 due now, not in ten minutes")
        let (steps, origin) = clock.takeSteps()
        #expect(steps.map(\.samples) == [-600 * Self.rate])
        #expect(origin == 3_600 * Self.rate)
    }

    @Test func theAirTimeIsTheWallClocksNotThePlans() throws {
        let (clock, _, wall) = makeClock()
        let before = try #require(clock.airTime(of: 0))
        wall.step(by: -600)
        _ = clock.wait(until: Self.rate, stopped: { false })
        let after = try #require(clock.airTime(of: Self.rate))
        #expect(abs(after.timeIntervalSince(before) - (1 - 600)) < 0.05, "aired 1 s later by the monotonic clock, 599 s earlier by the wall")
    }

    @Test func theWatchReportsAStepOnceAndSlewsTheRest() {
        var watch = WallClockWatch(offset: 1_000, tolerance: 96_000, samplesPerFrame: 1_600)
        let date = Date(timeIntervalSince1970: 0)
        #expect(watch.observe(paced: 0, wall: 1_000, at: date) == nil)
        // +10 s and 700 samples: the step on whole frames (10 s = 300 frames), 700 left to slew.
        let step = watch.observe(paced: 48_000, wall: 1_000 + 48_000 + 480_700, at: date)
        #expect(step == ClockStep(samples: 480_000, seenAt: date))
        #expect(watch.offset == 481_000)
        #expect(watch.observe(paced: 96_000, wall: 1_000 + 96_000 + 480_700, at: date) == nil)
        #expect(watch.slew == 240, "at most 0.5 % of the 48,000 samples paced since")
        #expect(watch.observe(paced: 240_000, wall: 1_000 + 240_000 + 480_700, at: date) == nil)
        #expect(watch.slew == 700)
        // Back by exactly the tolerance: slewed (240 samples of it); by ten minutes more: a step
        // of the difference on whole frames (-28,895,760 samples is -18,059.85 frames).
        #expect(watch.observe(paced: 288_000, wall: 1_000 + 288_000 + 480_700 - 96_000, at: date) == nil)
        #expect(watch.slew == 460)
        let back = watch.observe(paced: 336_000, wall: 1_000 + 336_000 + 480_700 - 96_000 - 48_000 * 600, at: date)
        #expect(back?.samples == -28_896_000)
        #expect(back?.milliseconds == -602_000)
    }
}

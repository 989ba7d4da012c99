import Foundation
import StandInCore

/// A step of the wall clock against the monotonic one, as the engine reacts to it: the plan
/// moves by `samples` (whole frames; positive: forward).
public struct ClockStep: Sendable, Equatable {
    /// How far the wall clock moved against the output, in samples (whole frames).
    public var samples: Int
    /// The wall time read just after the step (the channel's clock).
    public var seenAt: Date

    public init(samples: Int, seenAt: Date) { self.samples = samples; self.seenAt = seenAt }

    /// Milliseconds, signed.
    public var milliseconds: Int { samples * 1000 / MediaClock.sampleRate }
}

/// Compares where the wall clock says the channel is with where the monotonic clock has
/// paced it, and says what to do: nothing, slew a small difference (the output runs up to
/// `maxSlew` faster or slower until it is gone), or report a step beyond `tolerance` (the
/// plan moves by it; the output's pace does not change).
///
/// ```swift
/// var watch = WallClockWatch(offset: origin, tolerance: 96_000, samplesPerFrame: 1_600)
/// if let step = watch.observe(paced: outputNow, wall: wallPosition, at: date) { replan(step) }
/// let output = outputNow + watch.slew          // the paced position, slewed
/// ```
/// Pure: positions in, decisions out. All positions are 48 kHz samples; `paced` is the
/// monotonic clock's output position before slewing, `wall` the channel position by the
/// wall clock.
struct WallClockWatch: Sendable, Equatable {
    /// Channel position minus output position: where the plan stands against the stream.
    private(set) var offset: Int
    /// Samples the output has been moved ahead (positive) or back of the monotonic pace.
    private(set) var slew = 0
    let tolerance: Int
    let samplesPerFrame: Int
    /// The most the output's pace may change to absorb a small difference (0.005: 5 ms per
    /// second of stream).
    let maxSlew: Double
    private var lastPaced: Int?

    init(offset: Int, tolerance: Int, samplesPerFrame: Int, maxSlew: Double = 0.005) {
        self.offset = offset
        self.tolerance = tolerance
        self.samplesPerFrame = samplesPerFrame
        self.maxSlew = maxSlew
    }

    /// The wall clock's channel position `wall` seen when the monotonic pace stands at
    /// `paced`: a step beyond the tolerance (the offset moves by it, on whole frames; what is
    /// left under a frame is slewed), or nil (a difference within it is slewed, at most
    /// `maxSlew` of the stream paced since the last look).
    mutating func observe(paced: Int, wall: Int, at date: Date) -> ClockStep? {
        let elapsed = max(0, paced - (lastPaced ?? paced))
        lastPaced = paced
        let difference = wall - (paced + slew + offset)
        if abs(difference) > tolerance {
            let frames = (Double(difference) / Double(samplesPerFrame)).rounded()
            let samples = Int(frames) * samplesPerFrame
            offset += samples
            return ClockStep(samples: samples, seenAt: date)
        }
        let room = Int(Double(elapsed) * maxSlew)
        slew += min(max(difference, -room), room)
        return nil
    }

    /// Restarts the comparison with output position 0 at channel position `origin`.
    mutating func restart(offset origin: Int) {
        offset = origin
        slew = 0
        lastPaced = nil
    }
}

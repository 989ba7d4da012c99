import Foundation
import StandInCore

/// Maps channel positions (samples since the epoch) to real time, for pacing: real time,
/// a simulated clock running at some speed, or unpaced.
struct ChannelClock: Sendable {
    let state: StreamState

    /// The channel position now.
    func position(now: Date = Date()) -> Int {
        Int(state.now(real: now).timeIntervalSince(state.epoch) * Double(MediaClock.sampleRate))
    }

    /// How far `sample` is ahead of the channel's now (negative: behind), in samples; nil when
    /// unpaced (nothing is ever ahead or behind).
    func lead(of sample: Int, now: Date = Date()) -> Int? {
        guard due(sample) != nil else { return nil }
        return sample - position(now: now)
    }

    /// The real instant position `sample` is due; nil when unpaced.
    func due(_ sample: Int) -> Date? {
        let channelTime = state.epoch.addingTimeInterval(Double(sample) / Double(MediaClock.sampleRate))
        guard let simulatedStart = state.simulatedStart, let realStart = state.realStart else { return channelTime }
        let speed = state.speed ?? 1
        guard speed > 0 else { return nil }
        return realStart.addingTimeInterval(channelTime.timeIntervalSince(simulatedStart) / speed)
    }

    /// Sleeps until `sample` is due, waking early (false) when `stopped()` turns true.
    func wait(until sample: Int, stopped: () -> Bool) -> Bool {
        guard let due = due(sample) else { return !stopped() }
        while !stopped() {
            let left = due.timeIntervalSinceNow
            if left <= 0 { return true }
            Thread.sleep(forTimeInterval: min(left, 0.05))
        }
        return false
    }
}

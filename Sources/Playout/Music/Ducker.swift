import StandInCore

/// The music gain over time: full `level` in silence, `duckedLevel` while the host speaks,
/// moving smoothly (a short lead before speech, a slower release after it). A value type
/// fed chunk by chunk; it knows speech spans in advance because StandIn renders ahead.
public struct Ducker: Sendable {
    public var level: Float
    public var duckedLevel: Float
    /// Start ducking this many samples before speech begins.
    public var lead = MediaClock.sampleRate * 150 / 1000
    /// Keep ducked this many samples after speech ends (short gaps between words stay ducked).
    public var hold = MediaClock.sampleRate * 250 / 1000
    /// One-pole smoothing coefficients per sample for moving down (attack) and up (release).
    public var attack: Float = 1 - expf(-1 / Float(MediaClock.sampleRate / 1000 * 80))
    public var release: Float = 1 - expf(-1 / Float(MediaClock.sampleRate / 1000 * 400))
    public private(set) var gain: Float

    public init(level: Float, duckedLevel: Float) {
        self.level = level
        self.duckedLevel = duckedLevel
        gain = level
    }

    /// Gains for samples `start ..< start + count`, given the speech spans (sample ranges on
    /// the same clock) that touch them.
    public mutating func gains(start: Int, count: Int, speech: [Range<Int>]) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        let widened = speech.map { ($0.lowerBound - lead)..<($0.upperBound + hold) }
        var spanIndex = 0
        for i in 0..<count {
            let n = start + i
            while spanIndex < widened.count, widened[spanIndex].upperBound <= n { spanIndex += 1 }
            let speaking = spanIndex < widened.count && widened[spanIndex].contains(n)
            let target = speaking ? duckedLevel : level
            gain += (target - gain) * (target < gain ? attack : release)
            out[i] = gain
        }
        return out
    }
}

/// Mixes the host's speech over music with a gain per sample; clips to [-1, 1].
public enum AudioMixer {
    public static func mix(speech: ArraySlice<Float>, music: [Float], gains: [Float]) -> [Float] {
        precondition(speech.count == music.count && music.count == gains.count * 2, "mix inputs differ in length")
        var out = [Float](repeating: 0, count: music.count)
        var s = speech.startIndex
        for i in 0..<gains.count {
            let g = gains[i]
            out[2 * i] = min(1, max(-1, speech[s] + music[2 * i] * g))
            out[2 * i + 1] = min(1, max(-1, speech[s + 1] + music[2 * i + 1] * g))
            s += 2
        }
        return out
    }
}

import Foundation

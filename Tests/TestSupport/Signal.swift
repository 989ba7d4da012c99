import Foundation

/// Test signals.
public enum Signal {
    /// `seconds` of a sine tone as 48 kHz interleaved stereo floats.
    public static func stereoTone(hz: Double, seconds: Double, amplitude: Float = 0.5) -> [Float] {
        let count = Int(seconds * 48_000)
        var samples = [Float](repeating: 0, count: count * 2)
        for i in 0..<count {
            let value = amplitude * Float(sin(2 * Double.pi * hz * Double(i) / 48_000))
            samples[2 * i] = value
            samples[2 * i + 1] = value
        }
        return samples
    }

    /// A mono S16 sine tone at `rate`.
    public static func monoTone(hz: Double, rate: Int, seconds: Double) -> [Int16] {
        (0..<Int(seconds * Double(rate))).map { Int16(12_000 * sin(2 * Double.pi * hz * Double($0) / Double(rate))) }
    }

    /// Sign changes per second.
    public static func zeroCrossingsPerSecond<T: BinaryFloatingPoint>(_ samples: [T], rate: Int) -> Double {
        var crossings = 0
        for i in 1..<samples.count where (samples[i - 1] < 0) != (samples[i] < 0) { crossings += 1 }
        return Double(crossings) * Double(rate) / Double(samples.count)
    }

    /// The share of `samples`' energy at `hz` (Goertzel): about 1 for a pure tone at `hz`,
    /// near 0 for speech, music or another tone.
    public static func toneShare(_ samples: [Float], hz: Double, rate: Int) -> Double {
        let coefficient = 2 * cos(2 * Double.pi * hz / Double(rate))
        var s1 = 0.0, s2 = 0.0, energy = 0.0
        for sample in samples {
            let value = Double(sample)
            (s1, s2) = (value + coefficient * s1 - s2, s1)
            energy += value * value
        }
        let power = s1 * s1 + s2 * s2 - coefficient * s1 * s2
        return energy > 0 ? power / (energy * Double(samples.count) / 2) : 0
    }

    public static func rms<T: BinaryFloatingPoint>(_ samples: [T]) -> Double {
        (samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(max(samples.count, 1))).squareRoot()
    }
}

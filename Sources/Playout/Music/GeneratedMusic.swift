import Foundation
import StandInCore

/// A soft, royalty-free music bed synthesized by StandIn itself: a slow I–V–vi–IV pad in
/// C major with a plucked arpeggio, 84 BPM, looping every 8 bars. Deterministic: the same
/// sample position always gives the same value, however the reads are cut.
///
/// Runs for every sample of a live stream, so it is cheap: oscillators read a sine table
/// (`SineTable`) instead of calling `sin`, and the notes of a beat are worked out once per beat.
public struct GeneratedMusic: Sendable {
    /// Chord roots (MIDI notes) and triad qualities, one chord per two bars.
    private static let chords: [(root: Int, minor: Bool)] = [(48, false), (55, false), (57, true), (53, false)]
    private static let beatsPerMinute = 84
    private static let beatsPerChord = 8
    private static let samplesPerBeat = MediaClock.sampleRate * 60 / beatsPerMinute
    /// Frequencies (Hz) of MIDI notes 0…127.
    private static let frequencies: [Double] = (0..<128).map { 440 * pow(2, Double($0 - 69) / 12) }

    private var position = 0

    public init(startingAt position: Int = 0) { self.position = position }

    /// What one beat plays: the pad's six oscillators and the pluck's note.
    private struct Beat {
        /// Pad frequencies in cycles per sample: the triad an octave up and a copy detuned by 0.3 %.
        var pad: [Double] = []
        /// The pluck's frequency in cycles per sample (one chord note, two octaves up).
        var pluck: Double = 0
        /// Where the pluck sits: +0.35 favours the left channel, -0.35 the right.
        var pan: Double = 0
        /// The first sample of this beat in its chord (for the pad's swell).
        var offsetInChord = 0

        init(_ beat: Int) {
            let rate = Double(MediaClock.sampleRate)
            let chord = GeneratedMusic.chords[(beat / GeneratedMusic.beatsPerChord) % GeneratedMusic.chords.count]
            let notes = [chord.root, chord.root + (chord.minor ? 3 : 4), chord.root + 7]
            for note in notes {
                let f = GeneratedMusic.frequencies[note + 12] / rate
                pad += [f, f * 1.003]
            }
            pluck = GeneratedMusic.frequencies[notes[beat % notes.count] + 24] / rate
            pan = beat % 2 == 0 ? 0.35 : -0.35
            offsetInChord = (beat % GeneratedMusic.beatsPerChord) * GeneratedMusic.samplesPerBeat
        }
    }

    /// The next `count` stereo samples (interleaved), peaking around 0.5.
    public mutating func read(_ count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count * 2)
        let perBeat = Self.samplesPerBeat, perChord = Double(Self.beatsPerChord * perBeat)
        SineTable.withValues { table in
            var n = position, i = 0
            while i < count {
                let beatNumber = n / perBeat
                let beat = Beat(beatNumber)
                let beatEnd = min(count, i + (beatNumber + 1) * perBeat - n)
                let (f0, f1, f2, f3, f4, f5) = (beat.pad[0], beat.pad[1], beat.pad[2], beat.pad[3], beat.pad[4], beat.pad[5])
                while i < beatEnd {
                    let inBeat = n - beatNumber * perBeat
                    let t = Double(n)
                    // Pad: the triad with a slow swell per chord.
                    let swell = 0.55 + 0.45 * table.sine(cycles: Double(beat.offsetInChord + inBeat) / (2 * perChord))
                    let pad = (table.sine(cycles: f0 * t) + 0.5 * table.sine(cycles: f1 * t)
                        + table.sine(cycles: f2 * t) + 0.5 * table.sine(cycles: f3 * t)
                        + table.sine(cycles: f4 * t) + 0.5 * table.sine(cycles: f5 * t)) * 0.06 * swell
                    // Pluck: decaying fast from the start of the beat.
                    let seconds = Float(inBeat) / Float(MediaClock.sampleRate)
                    let pluck = 0.18 * exp(-seconds * 6) * table.sine(cycles: beat.pluck * Double(inBeat))
                    out[2 * i] = pad + pluck * Float(1 - beat.pan)
                    out[2 * i + 1] = pad + pluck * Float(1 + beat.pan)
                    i += 1
                    n += 1
                }
            }
        }
        position += count
        return out
    }
}

/// One cycle of a sine in 4,096 steps; `sine(cycles:)` interpolates linearly between them,
/// within 3e-7 of `sin` (far below what 16-bit or AAC output can carry), several times faster.
struct SineTable {
    private static let steps = 4096
    private static let values: [Float] = (0...steps).map { Float(sin(2 * Double.pi * Double($0) / Double(steps))) }
    private let values: UnsafeBufferPointer<Float>

    /// Runs `body` with the table at hand (one lookup of the shared table per call, not per sample).
    static func withValues<T>(_ body: (SineTable) throws -> T) rethrows -> T {
        try values.withUnsafeBufferPointer { try body(SineTable(values: $0)) }
    }

    /// sin(2π · `cycles`) for `cycles` ≥ 0.
    @inline(__always)
    func sine(cycles: Double) -> Float {
        let x = (cycles - Double(Int(cycles))) * Double(Self.steps)   // truncation: cycles ≥ 0
        let index = Int(x)
        let fraction = Float(x - Double(index))
        let low = values[index]
        return low + (values[index + 1] - low) * fraction
    }
}

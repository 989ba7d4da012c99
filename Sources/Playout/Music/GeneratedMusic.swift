import Foundation
import StandInCore

/// A soft, royalty-free music bed synthesized by StandIn itself: a slow I–V–vi–IV pad in
/// C major with a plucked arpeggio, 84 BPM, looping every 8 bars. Deterministic: the same
/// sample position always gives the same value.
public struct GeneratedMusic: Sendable {
    /// Chord roots (MIDI notes) and triad qualities, one chord per two bars.
    private static let chords: [(root: Int, minor: Bool)] = [(48, false), (55, false), (57, true), (53, false)]
    private static let beatsPerMinute = 84
    private static let beatsPerChord = 8

    private var position = 0
    private let samplesPerBeat = MediaClock.sampleRate * 60 / beatsPerMinute

    public init(startingAt position: Int = 0) { self.position = position }

    /// The next `count` stereo samples (interleaved), peaking around 0.5.
    public mutating func read(_ count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count * 2)
        for i in 0..<count {
            let (left, right) = sample(at: position + i)
            out[2 * i] = left
            out[2 * i + 1] = right
        }
        position += count
        return out
    }

    private func sample(at n: Int) -> (Float, Float) {
        let beat = n / samplesPerBeat
        let inBeat = Double(n % samplesPerBeat) / Double(MediaClock.sampleRate)
        let chord = Self.chords[(beat / Self.beatsPerChord) % Self.chords.count]
        let notes = [chord.root, chord.root + (chord.minor ? 3 : 4), chord.root + 7]
        let t = Double(n) / Double(MediaClock.sampleRate)
        // Pad: the triad an octave up, gently detuned, with a slow swell per chord.
        let chordPhase = Double((beat % Self.beatsPerChord) * samplesPerBeat + n % samplesPerBeat)
            / Double(Self.beatsPerChord * samplesPerBeat)
        let swell = 0.55 + 0.45 * sin(Double.pi * chordPhase)
        var pad = 0.0
        for note in notes {
            let f = Self.frequency(note + 12)
            pad += sin(2 * .pi * f * t) + 0.5 * sin(2 * .pi * f * 1.003 * t)
        }
        pad *= 0.06 * swell
        // Pluck: one chord note per beat, two octaves up, decaying fast.
        let pluckNote = notes[beat % notes.count] + 24
        let pluck = 0.18 * exp(-inBeat * 6) * sin(2 * .pi * Self.frequency(pluckNote) * inBeat)
        let pan = (beat % 2 == 0) ? 0.35 : -0.35
        return (Float(pad + pluck * (1 - pan)), Float(pad + pluck * (1 + pan)))
    }

    private static func frequency(_ midi: Int) -> Double { 440 * pow(2, Double(midi - 69) / 12) }
}

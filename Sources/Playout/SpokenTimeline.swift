import Scripting
import StandInCore

/// A segment's speech laid out on the 48 kHz clock: the audio, when each line is spoken,
/// and the mouth shapes. Its length is a whole number of video frames.
public struct SpokenTimeline: Sendable {
    /// A line and the samples it owns: from its first sample to the end of the pause after it.
    public struct TimedLine: Sendable, Equatable {
        public var line: ScriptLine
        public var start: Int
        /// First sample after the speech itself (the pause follows).
        public var speechEnd: Int
        /// First sample after the line's pause: where the next line starts.
        public var end: Int
        /// Where the line's words start after its first: a host can break off there.
        public var wordStarts: [Int] = []
        /// Where its clauses end (after the clause pause) but the last: natural places to pause.
        public var clauseEnds: [Int] = []

        /// Where the clause holding `sample` starts: the line's start or a clause end.
        public func clauseStart(containing sample: Int) -> Int {
            clauseEnds.last { $0 <= sample } ?? start
        }

        /// The first pause after `sample`: the next clause end, or the end of the speech.
        public func nextPause(after sample: Int) -> Int {
            clauseEnds.first { $0 > sample } ?? speechEnd
        }
    }

    /// Mono Float samples at 48 kHz of the speech and its pauses (half the memory of the
    /// stereo the encoder takes; `audio(frame:video:)` gives that); the rest of `length` is
    /// silence and not stored (a 30-second hold costs no audio memory).
    public var audio: [Float]
    public var lines: [TimedLine]
    public var visemes: VisemeTrack
    /// Samples per channel, a whole number of frames.
    public var length: Int
    /// Samples of speech and pauses before rounding up to whole frames.
    public var spokenLength: Int

    /// The line whose span holds `sample`, for the caption.
    public func line(at sample: Int) -> TimedLine? {
        lines.first { $0.start <= sample && sample < $0.end }
            ?? (sample < length ? lines.last.flatMap { sample >= $0.end ? $0 : nil } : nil)
    }

    /// One frame's worth of audio starting at frame `frame`, interleaved stereo (silence past
    /// the speech).
    public func audio(frame: Int, video: VideoSettings) -> ArraySlice<Float> {
        let start = video.firstSample(ofFrame: frame)
        let count = min(video.samplesPerFrame, length - start)
        guard count > 0 else { return [] }
        return ArraySlice(Self.stereo(audio, from: start, count: count))
    }

    /// All `length` samples, interleaved stereo, the silent end included.
    public var paddedAudio: [Float] { Self.stereo(audio, from: 0, count: length) }

    /// `count` samples of `mono` from `start` as interleaved stereo, zeros past its end.
    private static func stereo(_ mono: [Float], from start: Int, count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count * 2) { buffer, initialized in
            for index in 0..<count {
                let sample = start + index < mono.count ? mono[start + index] : 0
                buffer[2 * index] = sample
                buffer[2 * index + 1] = sample
            }
            initialized = count * 2
        }
    }
}

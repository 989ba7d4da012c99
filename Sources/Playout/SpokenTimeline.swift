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

    /// Interleaved stereo Float samples at 48 kHz of the speech and its pauses; the rest of
    /// `length` is silence and not stored (a 30-second hold costs no audio memory).
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

    /// One frame's worth of audio starting at frame `frame` (silence past the speech).
    public func audio(frame: Int, video: VideoSettings) -> ArraySlice<Float> {
        let start = video.firstSample(ofFrame: frame) * MediaClock.channels
        let count = min(video.samplesPerFrame, length - video.firstSample(ofFrame: frame)) * MediaClock.channels
        guard count > 0 else { return [] }
        if start + count <= audio.count { return audio[start..<(start + count)] }
        let stored = start < audio.count ? Array(audio[start...]) : []
        return ArraySlice(stored + [Float](repeating: 0, count: count - stored.count))
    }

    /// All `length` samples, the silent end included.
    public var paddedAudio: [Float] {
        audio + [Float](repeating: 0, count: max(0, length * MediaClock.channels - audio.count))
    }
}

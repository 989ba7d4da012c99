import MediaIO
import Scripting
import Speech
import StandInCore

/// Speaks lines with the persona's voice and lays them end to end on the 48 kHz clock,
/// each followed by the persona's pause: the sentence pause, or the pause between segments
/// after a line that ends one.
///
/// ```swift
/// var builder = SpokenTimelineBuilder(synthesizer: try .shared(), voice: persona.voice)
/// try builder.append(lines)
/// let timeline = builder.timeline(video: video)
/// ```
public struct SpokenTimelineBuilder {
    public let synthesizer: SpeechSynthesizer
    public let voice: Persona.Voice
    /// Mono 48 kHz: speech and pauses so far.
    private var audio: [Float] = []
    private var lines: [SpokenTimeline.TimedLine] = []
    private var tracks: [(offset: Int, track: VisemeTrack)] = []
    /// Samples of speech and pauses so far.
    public private(set) var spokenLength = 0

    public init(synthesizer: SpeechSynthesizer, voice: Persona.Voice) {
        self.synthesizer = synthesizer
        self.voice = voice
    }

    /// Speaks `newLines` after what is there already.
    public mutating func append(_ newLines: [ScriptLine]) throws {
        for line in newLines { _ = try append(line, within: nil) }
    }

    /// Speaks `line` after what is there, if its speech (not its trailing pause) ends within
    /// `limit` samples of the start; otherwise leaves the timeline as it was and returns
    /// false. This is how a segment is cut at a sentence boundary.
    public mutating func append(_ line: ScriptLine, within limit: Int?) throws -> Bool {
        let pauseMs = line.endsSegment ? voice.pauseBetweenSegmentsMs : voice.pauseAfterSentenceMs
        let pause = pauseMs * MediaClock.sampleRate / 1000
        let utterance = try synthesizer.synthesize(line.spoken, voice: voice)
        let speech = try AudioResampler.toMono48k(utterance.samples, inputRate: utterance.sampleRate)
        let spoken = speech.count
        if let limit, spokenLength + spoken > limit { return false }
        let kept = limit.map { min(pause, $0 - spokenLength - spoken) } ?? pause
        audio += speech
        audio += repeatElement(0, count: kept)
        tracks.append((offset: spokenLength, track: utterance.visemes(atSampleRate: MediaClock.sampleRate)))
        let at = { [spokenLength] (sample: Int) in spokenLength + min(spoken, sample * MediaClock.sampleRate / utterance.sampleRate) }
        lines.append(.init(line: line, start: spokenLength, speechEnd: spokenLength + spoken, end: spokenLength + spoken + kept,
                           wordStarts: utterance.words.map { at($0.sample) }.filter { $0 > spokenLength },
                           clauseEnds: utterance.clauseEnds.map(at)))
        spokenLength += spoken + kept
        return true
    }

    /// Puts `piece` (a line's rest after a break, see `SpokenTimeline.rest`) after what is
    /// there, if its speech ends within `limit` samples of the start; otherwise returns false.
    public mutating func append(_ piece: SpokenTimeline, within limit: Int?) -> Bool {
        guard let last = piece.lines.last else { return true }
        if let limit, spokenLength + last.speechEnd > limit { return false }
        let kept = limit.map { min(piece.spokenLength, $0 - spokenLength) } ?? piece.spokenLength
        let stored = piece.audio.prefix(kept)
        audio += stored
        audio += repeatElement(0, count: kept - stored.count)
        tracks.append((offset: spokenLength, track: piece.visemes))
        lines += piece.lines.map { $0.moved(by: spokenLength, cappedAt: spokenLength + kept) }
        spokenLength += kept
        return true
    }

    /// The timeline so far, padded with silence to a whole number of frames of `video`, and
    /// to at least `minimum` samples (a hold, or a cut segment filling up to its deadline).
    public func timeline(video: VideoSettings, paddedTo minimum: Int = 0) -> SpokenTimeline {
        let length = video.frameCount(coveringSamples: max(spokenLength, minimum)) * video.samplesPerFrame
        return SpokenTimeline(audio: audio, lines: lines, visemes: VisemeTrack.joined(tracks, length: length),
                              length: length, spokenLength: spokenLength)
    }
}

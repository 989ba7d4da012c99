import MediaIO
import StandInCore

/// A frame for the encoder from the human host's feed: a new picture, or the last one again.
struct FeedFrame {
    enum Picture {
        case new(RGBAImage)
        /// The picture aired last, shown once more (the encoder still holds it converted).
        case repeatLast
    }

    var picture: Picture
    /// Exactly one frame of sound: 2 × samplesPerFrame interleaved stereo floats.
    var audio: [Float]
}

/// The human host's feed held to the channel's clock: `FeedAligner` pairs each frame with its
/// sound, `FeedPacing` says when a frame is repeated or dropped, and the sound is spliced
/// there (`AudioSplice`) so it runs on without a gap or a click. Pure: the render thread feeds
/// it events and its lead, and encodes what it returns.
///
/// ```swift
/// var feed = PacedFeed(samplesPerFrame: 1_600, pacing: .init(frameLength: 1_600, lookahead: 96_000, stallTimeout: 24_000))
/// feed.add(event)                                   // from the reader
/// for frame in feed.next(lead: render - clockNow) { /* encode frame.picture with frame.audio */ }
/// ```
struct PacedFeed {
    private var aligner: FeedAligner
    private(set) var pacing: FeedPacing
    /// The sound of the frame aired last (a repeat fades back into it).
    private var lastAudio: [Float]?
    /// The sound of the first frame dropped since the last aired one (it continues that one's
    /// sound; the next aired frame fades in from it).
    private var droppedAudio: [Float]?

    init(samplesPerFrame: Int, pacing: FeedPacing.Settings) {
        aligner = FeedAligner(samplesPerFrame: samplesPerFrame)
        self.pacing = FeedPacing(settings: pacing)
    }

    /// Frames received and not aired yet (ready or waiting for their sound).
    var backlog: Int { aligner.waiting }

    /// Takes a feed event (video and audio; the rest is ignored).
    mutating func add(_ event: LiveInputEvent) { aligner.add(event) }

    /// The frames to encode now for a render `lead` (samples the render position is ahead of the
    /// channel clock; nil when unpaced): none while nothing is ready or the render is far
    /// enough ahead, the next frame, or the last frame once more and then the next.
    mutating func next(lead: Int?) -> [FeedFrame] {
        while true {
            switch pacing.next(lead: lead, ready: aligner.ready) {
            case .wait:
                return []
            case .air:
                guard let frame = aligner.next() else { return [] }
                return [air(frame)]
            case .repeatThenAir:
                guard let frame = aligner.next() else { return [] }
                let again = AudioSplice.crossfade(from: frame.audio, to: lastAudio ?? frame.audio)
                return [FeedFrame(picture: .repeatLast, audio: again), air(frame)]
            case .drop:
                guard let frame = aligner.next() else { return [] }
                if droppedAudio == nil { droppedAudio = frame.audio }
            }
        }
    }

    /// Forgets the feed (a switch, or a new publishing session numbering from 0 again).
    mutating func reset() {
        aligner.reset()
        pacing.reset()
        lastAudio = nil
        droppedAudio = nil
    }

    private mutating func air(_ frame: (image: RGBAImage, audio: [Float])) -> FeedFrame {
        var audio = frame.audio
        if let dropped = droppedAudio { audio = AudioSplice.crossfade(from: dropped, to: audio) }
        droppedAudio = nil
        lastAudio = audio
        return FeedFrame(picture: .new(frame.image), audio: audio)
    }
}

import MediaIO
import StandInCore

/// Pairs a relayed feed's frames with their audio: frame f (at the channel fps) goes out with
/// exactly the feed's samples [f × samplesPerFrame, (f + 1) × samplesPerFrame), so the human
/// host's lips stay on their voice on the engine's timeline whatever the feed's jitter.
///
/// A frame waits for its audio, at most `maxWaitFrames` frames; then it goes with silence for
/// what is missing, and audio that comes later for that span is dropped. Frames and audio
/// lost on the way (gaps in the numbers) leave no gap on the output: the next frame follows.
///
/// ```swift
/// var aligner = FeedAligner(samplesPerFrame: 1_600)
/// aligner.add(.video(image, frame: 0))
/// aligner.add(.audio(samples, sample: 0))     // 1,600 stereo samples or more
/// aligner.next()                              // (image, 3,200 floats)
/// ```
struct FeedAligner {
    let samplesPerFrame: Int
    let maxWaitFrames: Int
    /// Frames not handed out yet (a handful: each is a whole RGBA picture, freed once out).
    private var frames: [(image: RGBAImage, number: Int64)] = []
    /// Interleaved stereo from feed sample `audioStart` on.
    private var audio: [Float] = []
    private var audioStart: Int64 = 0
    /// Samples before this went out (or were given up): later audio for them is dropped.
    private var consumed: Int64 = 0

    init(samplesPerFrame: Int, maxWaitFrames: Int = 10) {
        self.samplesPerFrame = samplesPerFrame
        self.maxWaitFrames = maxWaitFrames
    }

    /// Frames waiting for their audio.
    var waiting: Int { frames.count }

    /// Frames `next()` would hand out now, one after another: their audio is in, or they
    /// waited too long for it.
    var ready: Int {
        let withAudio = frames.prefix { audioEnd >= ($0.number + 1) * Int64(samplesPerFrame) }.count
        return max(withAudio, waiting - maxWaitFrames)
    }

    /// Takes a feed event; anything but video and audio is ignored.
    mutating func add(_ event: LiveInputEvent) {
        switch event {
        case let .video(image, frame): frames.append((image, frame))
        case let .audio(samples, sample): addAudio(samples, at: sample)
        default: break
        }
    }

    /// The next frame with its audio (2 × samplesPerFrame floats), or nil while it waits.
    mutating func next() -> (image: RGBAImage, audio: [Float])? {
        guard let (image, number) = frames.first else { return nil }
        let start = number * Int64(samplesPerFrame), end = start + Int64(samplesPerFrame)
        guard audioEnd >= end || waiting > maxWaitFrames else { return nil }
        frames.removeFirst()
        var out = [Float](repeating: 0, count: 2 * samplesPerFrame)
        let from = max(start, audioStart), to = min(end, audioEnd)
        if to > from {
            let source = Int(from - audioStart) * 2, target = Int(from - start) * 2, count = Int(to - from) * 2
            out.replaceSubrange(target..<target + count, with: audio[source..<source + count])
        }
        consume(upTo: end)
        return (image, out)
    }

    /// Forgets everything (a switch, or a new publishing session numbering from 0 again).
    mutating func reset() { self = FeedAligner(samplesPerFrame: samplesPerFrame, maxWaitFrames: maxWaitFrames) }

    private var audioEnd: Int64 { audioStart + Int64(audio.count / 2) }

    private mutating func addAudio(_ samples: [Float], at sample: Int64) {
        var chunk = samples[...], position = sample
        if position < consumed {   // late: its start already went out
            let drop = min(Int(consumed - position), chunk.count / 2)
            chunk = chunk.dropFirst(drop * 2)
            position += Int64(drop)
        }
        guard !chunk.isEmpty else { return }
        if audio.isEmpty { audioStart = position }
        if position > audioEnd { audio += [Float](repeating: 0, count: Int(position - audioEnd) * 2) }
        if position < audioEnd { chunk = chunk.dropFirst(min(Int(audioEnd - position), chunk.count / 2) * 2) }
        audio += chunk
    }

    private mutating func consume(upTo sample: Int64) {
        consumed = max(consumed, sample)
        let drop = min(max(0, Int(consumed - audioStart)), audio.count / 2)
        audio.removeFirst(drop * 2)
        audioStart += Int64(drop)
        if audio.isEmpty { audioStart = consumed }
    }
}

import CFFmpeg
import StandInCore

/// Reads a live feed (`rtmp://…` from an ingest server, or any URL or file libavformat opens)
/// and yields it normalised to the channel's format: RGBA frames of the channel size
/// (letterboxed or pillarboxed), numbered at the channel fps, and gapless 48 kHz stereo audio
/// (silence where the feed has none). Frame 0 and sample 0 are the feed's first decodable picture;
/// audio before it is dropped.
///
/// `read()` blocks; run it on its own thread (`LiveFeed` does, and adds stall detection).
/// The open and every read have deadlines through `interrupt`, which another thread can also
/// use to abort at once. Not Sendable: one reader thread.
///
/// ```swift
/// let input = try LiveInput(url: "rtmp://127.0.0.1/live/host", settings: .init(video: channel.video))
/// while true {
///     switch try input.read() {
///     case let .video(image, frame): …
///     case let .audio(samples, sample): …
///     case .ended: return
///     default: break
///     }
/// }
/// ```
public final class LiveInput {
    public let settings: Settings
    /// The URL as errors name it (give one with the stream key hidden).
    public let displayName: String
    /// Aborts a blocked open or read from another thread.
    public let interrupt: IOInterrupt
    private let input: InputFile
    private let packet: PacketBuffer
    private var video: LiveVideoTrack?
    private var audio: LiveAudioTrack?
    /// Called on the reader thread after every packet read (for stall detection).
    public var packetArrived: (() -> Void)?
    var audioLine = AudioTimeline()
    /// Events decoded but not yet returned by `read()`.
    var pending: [LiveInputEvent] = []
    private var nextPending = 0
    private var finished = false

    /// Connects and reads the stream's first bytes; throws `MediaIOError` (`.timedOut` after
    /// `settings.openTimeout`) when nothing answers, nothing is published or the URL is wrong.
    public init(url: String, displayName: String? = nil, settings: Settings, interrupt: IOInterrupt = IOInterrupt()) throws {
        let isNetwork = url.contains("://") && !url.hasPrefix("file:")
        if isNetwork { LibAV.prepareNetwork() } else { LibAV.prepare() }
        self.settings = settings
        self.displayName = displayName ?? url
        self.interrupt = interrupt
        let options = isNetwork ? ["rw_timeout": "\(Self.microseconds(settings.readTimeout))"] : [:]
        interrupt.setDeadline(.now + settings.openTimeout)
        defer { interrupt.setDeadline(nil) }
        do {
            input = try InputFile(url: url, displayName: self.displayName, what: "open live input", options: options,
                                  interrupt: interrupt, findStreamInfo: false)
        } catch let error as MediaIOError {
            throw interrupt.shouldInterrupt && !interrupt.isAborted
                ? .timedOut(operation: "open live input", path: self.displayName, after: settings.openTimeout) : error
        }
        packet = try PacketBuffer()
    }

    /// Where the feed's pictures land inside the channel frame (known after the first picture).
    public var pictureArea: PixelRect? { video.map(\.area).flatMap { $0.width > 0 ? $0 : nil } }
    /// Whether the feed has an audio stream (so far).
    public var hasAudio: Bool { audio != nil }

    /// The next event; blocks until the feed delivers one. After the end of the stream it
    /// returns `.ended(reason: nil)` again and again. Throws when a read fails or no packet
    /// comes within `settings.readTimeout` (`.timedOut`).
    public func read() throws -> LiveInputEvent {
        while nextPending == pending.count {
            pending.removeAll(keepingCapacity: true)
            nextPending = 0
            if finished { return .ended(reason: nil) }
            try pump()
        }
        defer { nextPending += 1 }
        return pending[nextPending]
    }

    /// Reads one packet and decodes it into `pending`.
    private func pump() throws {
        interrupt.setDeadline(.now + settings.readTimeout)
        let code = av_read_frame(input.context, packet.pointer)
        let pastDeadline = interrupt.shouldInterrupt && !interrupt.isAborted
        interrupt.setDeadline(nil)
        if code == standin_averror_eof() { return try finish() }
        if code < 0, pastDeadline || code == standin_averror(ETIMEDOUT) && !interrupt.isAborted {
            throw MediaIOError.timedOut(operation: "read", path: displayName, after: settings.readTimeout)
        }
        try check(code, "read", path: displayName)
        defer { av_packet_unref(packet.pointer) }
        packetArrived?()
        let index = packet.pointer.pointee.stream_index
        guard let stream = input.context.pointee.streams[Int(index)] else { return }
        let kind = stream.pointee.codecpar.pointee.codec_type
        guard kind == AVMEDIA_TYPE_VIDEO || kind == AVMEDIA_TYPE_AUDIO else { return }
        if kind == AVMEDIA_TYPE_VIDEO {
            if video == nil { video = try LiveVideoTrack(stream: stream, index: index, settings: settings, path: displayName) }
            guard let video, video.index == index else { return }
            pending += try video.decode(packet.pointer)
            fillSilence(upTo: video.nextFrame, slack: true)
            if video.restarted {   // this session is over; a reader opens the URL again for the new one
                finished = true
                pending.append(.ended(reason: "the stream started again from an earlier time (a new publisher)"))
            }
        } else {
            if audio == nil { audio = try LiveAudioTrack(stream: stream, index: index, path: displayName) }
            guard let audio, audio.index == index else { return }
            let chunks = try audio.decode(packet.pointer)
            guard let origin = video?.origin else { return }   // before the first picture: not on the timeline yet
            for chunk in chunks { place(chunk.samples, start: (chunk.start - origin) * Int64(MediaClock.sampleRate) / 1_000_000) }
        }
    }

    /// Flushes the video decoder and pads the audio to the video's end.
    private func finish() throws {
        finished = true
        if let video {
            pending += try video.finish()
            fillSilence(upTo: video.nextFrame, slack: false)
        }
    }

    static func microseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }
}

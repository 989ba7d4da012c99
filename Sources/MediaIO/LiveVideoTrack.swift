import CFFmpeg
import StandInCore

/// Decodes a live input's video stream and turns its pictures into channel frames: scaled and
/// padded to the channel size, numbered at the channel fps (frames held or dropped by time).
/// An input picture's output frames are known when the next picture arrives, so output lags
/// the input by one input frame. Not Sendable: `LiveInput`'s reader owns it.
final class LiveVideoTrack {
    let index: Int32
    private let codec: CodecContext
    private let timeBase: AVRational
    private let decoded: Frame, held: Frame
    private let scaler: LetterboxScaler
    private let maxErrors: Int
    private let path: String
    private var rate: FrameRateConverter
    /// Time (µs from the origin) of the held picture; nil before the first one.
    private var heldTime: Int64?
    private var heldImage: RGBAImage?
    /// Time between the last two pictures, for the last picture's length at the end.
    private var step: Int64 = 40_000
    private var pictures = 0, errorsInARow = 0
    /// Time (µs, the stream's clock) of the first picture: output frame 0 and sample 0.
    private(set) var origin: Int64?
    /// A picture's time went back by more than a second: a new publisher on the same
    /// connection (an ingest server hands a waiting player the next stream). Decoding stops.
    private(set) var restarted = false

    init(stream: UnsafeMutablePointer<AVStream>, index: Int32, settings: LiveInput.Settings, path: String) throws {
        let parameters = stream.pointee.codecpar!
        guard let decoder = avcodec_find_decoder(parameters.pointee.codec_id) else {
            throw MediaIOError.codecNotFound(String(cString: avcodec_get_name(parameters.pointee.codec_id)))
        }
        codec = try CodecContext(codec: decoder)
        try check(avcodec_parameters_to_context(codec.pointer, parameters), "set up the video decoder for", path: path)
        codec.pointer.pointee.thread_count = 1   // frame threads would hold pictures back
        try codec.open(options: [:], path: path)
        self.index = index
        timeBase = stream.pointee.time_base
        decoded = try Frame()
        held = try Frame()
        scaler = LetterboxScaler(width: settings.video.width, height: settings.video.height, padding: settings.padding)
        rate = FrameRateConverter(fps: settings.video.fps)
        maxErrors = settings.maxDecodeErrors
        self.path = path
    }

    /// The next output frame number (all before it were handed out).
    var nextFrame: Int64 { rate.next }
    /// Where pictures land inside the channel frame (empty before the first picture).
    var area: PixelRect { scaler.area }

    /// Decodes `packet` (nil: flush at the end of the stream; the first picture sets the origin) and returns the output frames now
    /// known, or `.broken` once decode errors in a row reach the limit.
    func decode(_ packet: UnsafeMutablePointer<AVPacket>?) throws -> [LiveInputEvent] {
        var events: [LiveInputEvent] = []
        let sent = avcodec_send_packet(codec.pointer, packet)
        if sent < 0, sent != standin_averror_eagain(), sent != standin_averror_eof() { events += failed(sent) }
        while true {
            let received = avcodec_receive_frame(codec.pointer, decoded.pointer)
            if received == standin_averror_eagain() || received == standin_averror_eof() { break }
            if received < 0 { events += failed(received); break }
            pictures += 1
            errorsInARow = 0
            let stamp = decoded.pointer.pointee.best_effort_timestamp
            let absolute = stamp == standin_nopts_value()
                ? (heldTime ?? 0) + step + (origin ?? 0) : av_rescale_q(stamp, timeBase, standin_time_base_q())
            let origin = self.origin ?? absolute
            self.origin = origin
            let time = absolute - origin
            if let previous = heldTime, time < previous - 1_000_000 {
                restarted = true
                break
            }
            events += try emit(before: time)
            if let previous = heldTime, time > previous { step = time - previous }
            av_frame_unref(held.pointer)
            av_frame_move_ref(held.pointer, decoded.pointer)
            heldTime = time
            heldImage = nil
        }
        return events
    }

    /// Flushes the decoder and hands out the last picture for its length.
    func finish() throws -> [LiveInputEvent] {
        var events = try decode(nil)
        if let last = heldTime { events += try emit(before: last + step) }
        return events
    }

    /// The held picture as every output frame it covers, given the next picture's time.
    private func emit(before time: Int64) throws -> [LiveInputEvent] {
        guard heldTime != nil else { return [] }
        let frames = rate.outputs(before: time)
        guard !frames.isEmpty else { return [] }   // dropped: a faster input than the channel
        let image = try heldImage ?? scaler.image(of: held, path: path)
        heldImage = image
        return frames.map { .video(image, frame: $0) }
    }

    /// Counts a decode error; errors before the first picture (joining mid-GOP) do not count.
    private func failed(_ code: Int32) -> [LiveInputEvent] {
        guard pictures > 0 else { return [] }
        errorsInARow += 1
        guard errorsInARow == maxErrors else { return [] }
        return [.broken("\(MediaIOError.from(code: code, operation: "decode video of", path: path)) (\(maxErrors) errors in a row)")]
    }
}

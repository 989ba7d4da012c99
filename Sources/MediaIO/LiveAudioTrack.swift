import CFFmpeg
import StandInCore

/// Decodes a live input's audio stream to 48 kHz stereo Float chunks with their intended
/// sample positions (from the packets' timestamps). A chunk that fails to decode is skipped;
/// the timeline fills its place with silence. Not Sendable: `LiveInput`'s reader owns it.
final class LiveAudioTrack {
    let index: Int32
    private let codec: CodecContext
    private let converter: StereoConverter
    private let timeBase: AVRational
    private let frame: Frame
    /// Where the next chunk goes (µs) when a frame carries no timestamp.
    private var expected: Int64 = 0

    init(stream: UnsafeMutablePointer<AVStream>, index: Int32, path: String) throws {
        let parameters = stream.pointee.codecpar!
        guard let decoder = avcodec_find_decoder(parameters.pointee.codec_id) else {
            throw MediaIOError.codecNotFound(String(cString: avcodec_get_name(parameters.pointee.codec_id)))
        }
        codec = try CodecContext(codec: decoder)
        try check(avcodec_parameters_to_context(codec.pointer, parameters), "set up the audio decoder for", path: path)
        try codec.open(options: [:], path: path)
        converter = try StereoConverter(codec: codec.pointer, path: path)
        self.index = index
        timeBase = stream.pointee.time_base
        frame = try Frame()
    }

    /// Decodes `packet` into chunks: interleaved stereo samples and the time (µs, the stream's
    /// clock) of their first sample.
    func decode(_ packet: UnsafeMutablePointer<AVPacket>) throws -> [(samples: [Float], start: Int64)] {
        guard avcodec_send_packet(codec.pointer, packet) >= 0 else { return [] }
        var chunks: [(samples: [Float], start: Int64)] = []
        while avcodec_receive_frame(codec.pointer, frame.pointer) >= 0 {
            defer { av_frame_unref(frame.pointer) }
            let stamp = frame.pointer.pointee.best_effort_timestamp
            let start = stamp == standin_nopts_value()
                ? expected
                : av_rescale_q(stamp, timeBase, standin_time_base_q())
            let samples = try converter.convert(frame)
            expected = start + Int64(samples.count / 2) * 1_000_000 / Int64(MediaClock.sampleRate)
            chunks.append((samples, start))
        }
        return chunks
    }
}

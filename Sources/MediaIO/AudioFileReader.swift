import CFFmpeg
import StandInCore

/// Reads an audio file (MP3, AAC, WAV, FLAC, …) as 48 kHz stereo Float, a chunk at a time,
/// optionally looping, so a long music bed never sits in memory whole.
///
/// ```swift
/// let music = try AudioFileReader(path: "bed.mp3", loop: true)
/// let chunk = try music.read(1_600)   // 1,600 stereo samples = 3,200 Floats
/// ```
/// Not Sendable: one owner reads it.
public final class AudioFileReader {
    public let path: String
    public let loop: Bool
    private let input: InputFile
    private let streamIndex: Int32
    private let codec: CodecContext
    private let frame: Frame
    private let packet: PacketBuffer
    private let converter: StereoConverter
    /// Decoded, converted samples not yet handed out (interleaved stereo).
    private var pending: [Float] = []
    private var pendingStart = 0
    private var finished = false
    private var samplesThisPass = 0

    public init(path: String, loop: Bool = true) throws {
        self.path = path
        self.loop = loop
        try LocalFile.requireRegular(path, what: "an audio file")
        input = try InputFile(path: path, what: "open audio file")
        var decoder: UnsafePointer<AVCodec>? = nil
        streamIndex = try check(av_find_best_stream(input.context, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0),
                                "find an audio stream in", path: path)
        codec = try CodecContext(codec: try allocated(decoder, "find an audio decoder"))
        try check(avcodec_parameters_to_context(codec.pointer, input.context.pointee.streams[Int(streamIndex)]!.pointee.codecpar),
                  "set up the audio decoder for", path: path)
        try codec.open(options: [:], path: path)
        frame = try Frame()
        packet = try PacketBuffer()
        converter = try StereoConverter(codec: codec.pointer, path: path)
    }

    /// The next `count` stereo samples (`count * 2` Floats). At the end of a file that does
    /// not loop, the rest is silence.
    public func read(_ count: Int) throws -> [Float] {
        while pending.count - pendingStart < count * 2, !finished {
            try decodeMore()
        }
        let available = min(count * 2, pending.count - pendingStart)
        var chunk = Array(pending[pendingStart..<pendingStart + available])
        pendingStart += available
        if pendingStart > 1 << 16 {   // drop what was handed out, now and then
            pending.removeFirst(pendingStart)
            pendingStart = 0
        }
        if chunk.count < count * 2 { chunk += [Float](repeating: 0, count: count * 2 - chunk.count) }
        return chunk
    }

    /// Decodes at least one more frame into `pending`, or reaches the end (and loops).
    private func decodeMore() throws {
        let received = avcodec_receive_frame(codec.pointer, frame.pointer)
        if received >= 0 {
            let converted = try converter.convert(frame)
            samplesThisPass += converted.count
            pending += converted
            av_frame_unref(frame.pointer)
            return
        }
        if received == standin_averror_eof() { return try endOfFile() }
        if received != standin_averror_eagain() { try check(received, "decode audio of", path: path) }
        let read = av_read_frame(input.context, packet.pointer)
        if read == standin_averror_eof() {
            try check(avcodec_send_packet(codec.pointer, nil), "decode audio of", path: path)
            return
        }
        try check(read, "read", path: path)
        defer { av_packet_unref(packet.pointer) }
        guard packet.pointer.pointee.stream_index == streamIndex else { return }
        try check(avcodec_send_packet(codec.pointer, packet.pointer), "decode audio of", path: path)
    }

    private func endOfFile() throws {
        pending += try converter.drain()
        guard loop else { finished = true; return }
        guard samplesThisPass > 0 else {
            throw MediaIOError.invalidInput("'\(path)' holds no decodable audio")
        }
        samplesThisPass = 0
        try check(av_seek_frame(input.context, -1, 0, AVSEEK_FLAG_BACKWARD), "rewind", path: path)
        avcodec_flush_buffers(codec.pointer)
    }
}

import CFFmpeg

/// Owns one opened `AVCodecContext`, and drives the send/receive loop of an encoder.
final class CodecContext {
    let pointer: UnsafeMutablePointer<AVCodecContext>
    let codec: UnsafePointer<AVCodec>
    private let packet: PacketBuffer

    /// An encoder found by name, e.g. `libx264`, `aac`, `png`.
    convenience init(encoderNamed name: String) throws {
        LibAV.prepare()
        guard let codec = avcodec_find_encoder_by_name(name) else { throw MediaIOError.codecNotFound(name) }
        try self.init(codec: codec)
    }

    init(codec: UnsafePointer<AVCodec>) throws {
        LibAV.prepare()
        self.codec = codec
        pointer = try allocated(avcodec_alloc_context3(codec), "allocate a \(String(cString: codec.pointee.name)) context")
        packet = try PacketBuffer()
    }

    deinit {
        var context: UnsafeMutablePointer<AVCodecContext>? = pointer
        avcodec_free_context(&context)
    }

    var name: String { String(cString: codec.pointee.name) }

    /// Opens the codec with private options; an option the codec does not know is an error.
    func open(options: [String: String], path: String? = nil) throws {
        var dictionary: OpaquePointer? = nil
        defer { av_dict_free(&dictionary) }
        for (key, value) in options {
            try check(av_dict_set(&dictionary, key, value, 0), "set option \(key)=\(value)")
        }
        try check(avcodec_open2(pointer, codec, &dictionary), "open the \(name) codec", path: path)
        if let unused = av_dict_get(dictionary, "", nil, AV_DICT_IGNORE_SUFFIX) {
            throw MediaIOError.invalidInput(
                "the \(name) codec has no option '\(String(cString: unused.pointee.key))'")
        }
    }

    /// Sends one frame (or `nil` to flush) and returns every packet the encoder has ready.
    ///
    /// `fallbackDuration` replaces a zero duration (FFmpeg 5.1's libx264 wrapper leaves it 0).
    func encode(_ frame: Frame?, kind: EncodedPacket.Kind, fallbackDuration: Int64) throws -> [EncodedPacket] {
        var packets: [EncodedPacket] = []
        while true {
            let sent = avcodec_send_frame(pointer, frame?.pointer)
            if sent == standin_averror_eagain() {   // output queue full: drain, then send again
                try receive(into: &packets, kind: kind, fallbackDuration: fallbackDuration)
                continue
            }
            if sent == standin_averror_eof() {   // already flushed: a second flush is a no-op, a frame is misuse
                guard frame == nil else { throw MediaIOError.invalidInput("a frame was sent to the \(name) encoder after flush()") }
                break
            }
            try check(sent, "send a frame to the \(name) encoder")
            break
        }
        try receive(into: &packets, kind: kind, fallbackDuration: fallbackDuration)
        return packets
    }

    private func receive(into packets: inout [EncodedPacket], kind: EncodedPacket.Kind, fallbackDuration: Int64) throws {
        let timeBase = Rational(pointer.pointee.time_base)
        while true {
            let received = avcodec_receive_packet(pointer, packet.pointer)
            if received == standin_averror_eagain() || received == standin_averror_eof() { return }
            try check(received, "receive a packet from the \(name) encoder")
            defer { av_packet_unref(packet.pointer) }
            packets.append(EncodedPacket(packet.pointer.pointee, kind: kind, timeBase: timeBase,
                                         fallbackDuration: fallbackDuration))
        }
    }
}

import CFFmpeg

/// Owns a muxer context and its open `AVIOContext` (for `MediaFileWriter` and `LiveMuxer`).
final class OutputFile {
    let context: UnsafeMutablePointer<AVFormatContext>
    /// What error messages name: the partial file, or a live URL with its stream key hidden.
    let displayName: String
    private let packet: PacketBuffer
    private var isOpen = false

    /// A muxer for `format` (or the one matching `path`'s extension) writing to `partialPath`.
    convenience init(path: String, partialPath: String, format: String?) throws {
        try self.init(target: partialPath, displayName: partialPath, formatHint: path, format: format)
    }

    /// A muxer writing to `target` (a file or a protocol URL such as `rtmp://…`), opened with
    /// `options` (e.g. `rw_timeout`) and `interrupt`, which can abort a blocked open or write.
    /// libav and every message only ever see `displayName`, never `target`.
    init(target: String, displayName: String, formatHint: String, format: String?,
         options: [String: String] = [:], interrupt: IOInterrupt? = nil) throws {
        LibAV.prepare()
        self.displayName = displayName
        packet = try PacketBuffer()
        guard let muxer = av_guess_format(format, format == nil ? formatHint : nil, nil) else {
            throw MediaIOError.invalidInput(format.map { "unknown container format '\($0)'" }
                ?? "cannot tell the container format from the extension of '\(formatHint)'")
        }
        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        try check(avformat_alloc_output_context2(&context, muxer, nil, displayName), "set up a muxer for", path: displayName)
        self.context = try allocated(context, "set up a muxer")
        if let interrupt { self.context.pointee.interrupt_callback = interrupt.callback }
        guard muxer.pointee.flags & AVFMT_NOFILE == 0 else { return }
        var dictionary: OpaquePointer? = nil
        defer { av_dict_free(&dictionary) }
        for (key, value) in options {
            try check(av_dict_set(&dictionary, key, value, 0), "set I/O option \(key)=\(value) for", path: displayName)
        }
        var callback = interrupt?.callback ?? AVIOInterruptCB()
        try check(avio_open2(&self.context.pointee.pb, target, AVIO_FLAG_WRITE, &callback, &dictionary),
                  "open", path: displayName)
        isOpen = true
    }

    deinit {
        try? close()
        avformat_free_context(context)
    }

    var formatName: String { String(cString: context.pointee.oformat.pointee.name) }

    /// Adds a stream with the encoder's parameters; its index is the call order.
    func addStream(_ info: StreamInfo) throws {
        if context.pointee.oformat.pointee.flags & AVFMT_GLOBALHEADER != 0 && !info.hasGlobalHeader {
            throw MediaIOError.invalidInput(
                "\(formatName) needs the \(info.codecName) encoder created with globalHeader: true")
        }
        let stream = try allocated(avformat_new_stream(context, nil), "add a stream")
        try info.copy(to: stream.pointee.codecpar)
        stream.pointee.codecpar.pointee.codec_tag = 0   // let the muxer pick its own tag
        stream.pointee.time_base = info.timeBase.av      // a hint; the muxer may choose another
        if let rate = info.frameRate {                   // FLV writes it to onMetaData
            stream.pointee.avg_frame_rate = rate.av
            stream.pointee.r_frame_rate = rate.av
        }
    }

    func timeBase(ofStream index: Int32) -> AVRational {
        context.pointee.streams[Int(index)]!.pointee.time_base
    }

    /// Sets file metadata and writes the header; MP4/MOV keep arbitrary keys and get `+faststart`.
    /// `muxerOptions` go to the muxer (e.g. FLV's `flvflags`).
    func writeHeader(metadata: [String: String], muxerOptions: [String: String] = [:]) throws {
        for (key, value) in metadata {
            try check(av_dict_set(&context.pointee.metadata, key, value, 0), "set metadata '\(key)' for", path: displayName)
        }
        var options: OpaquePointer? = nil
        defer { av_dict_free(&options) }
        let name = formatName
        if name.contains("mp4") || name.contains("mov") {
            try check(av_dict_set(&options, "movflags", "+faststart+use_metadata_tags", 0), "set movflags")
        }
        for (key, value) in muxerOptions {
            try check(av_dict_set(&options, key, value, 0), "set muxer option \(key)=\(value)")
        }
        try check(avformat_write_header(context, &options), "write the \(name) header of", path: displayName)
    }

    /// Writes one packet of stream 0 (video) or 1 (audio), rescaled from its time base to the
    /// stream's; libavformat interleaves video and audio by dts.
    func write(_ encoded: EncodedPacket) throws {
        let index: Int32 = encoded.kind == .video ? 0 : 1
        let pkt = packet.pointer
        try check(av_new_packet(pkt, Int32(encoded.data.count)), "allocate a packet for", path: displayName)
        encoded.data.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { pkt.pointee.data.update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        }
        pkt.pointee.pts = encoded.pts
        pkt.pointee.dts = encoded.dts
        pkt.pointee.duration = max(encoded.duration, 1)
        pkt.pointee.flags = encoded.isKeyframe ? AV_PKT_FLAG_KEY : 0
        pkt.pointee.stream_index = index
        av_packet_rescale_ts(pkt, encoded.timeBase.av, timeBase(ofStream: index))
        let written = av_interleaved_write_frame(context, pkt)   // takes the packet's reference
        try check(written, "write a \(encoded.kind) packet (pts \(encoded.pts)) to", path: displayName)
    }

    /// Flushes the interleaving queue and writes the trailer.
    func writeTrailer() throws {
        try check(av_interleaved_write_frame(context, nil), "flush interleaved packets to", path: displayName)
        try check(av_write_trailer(context), "write the trailer of", path: displayName)
    }

    /// Closes the file or connection; the context stays until deinit.
    func close() throws {
        guard isOpen else { return }
        isOpen = false
        try check(avio_closep(&context.pointee.pb), "close", path: displayName)
    }
}

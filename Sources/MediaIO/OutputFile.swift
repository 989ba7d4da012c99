import CFFmpeg

/// Owns a muxer context and its open `AVIOContext` (for `MediaFileWriter`).
final class OutputFile {
    let context: UnsafeMutablePointer<AVFormatContext>
    private let partialPath: String
    private var isOpen = false

    /// A muxer for `format` (or the one matching `path`'s extension) writing to `partialPath`.
    init(path: String, partialPath: String, format: String?) throws {
        LibAV.prepare()
        self.partialPath = partialPath
        guard let muxer = av_guess_format(format, format == nil ? path : nil, nil) else {
            throw MediaIOError.invalidInput(format.map { "unknown container format '\($0)'" }
                ?? "cannot tell the container format from the extension of '\(path)'")
        }
        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        try check(avformat_alloc_output_context2(&context, muxer, nil, partialPath), "set up a muxer for", path: path)
        self.context = try allocated(context, "set up a muxer")
        if muxer.pointee.flags & AVFMT_NOFILE == 0 {
            try check(avio_open(&self.context.pointee.pb, partialPath, AVIO_FLAG_WRITE), "create", path: partialPath)
            isOpen = true
        }
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
    func writeHeader(metadata: [String: String]) throws {
        for (key, value) in metadata {
            try check(av_dict_set(&context.pointee.metadata, key, value, 0), "set metadata '\(key)' for", path: partialPath)
        }
        var options: OpaquePointer? = nil
        defer { av_dict_free(&options) }
        let name = formatName
        if name.contains("mp4") || name.contains("mov") {
            try check(av_dict_set(&options, "movflags", "+faststart+use_metadata_tags", 0), "set movflags")
        }
        try check(avformat_write_header(context, &options), "write the \(name) header of", path: partialPath)
    }

    /// Closes the file; the context stays until deinit.
    func close() throws {
        guard isOpen else { return }
        isOpen = false
        try check(avio_closep(&context.pointee.pb), "close", path: partialPath)
    }
}

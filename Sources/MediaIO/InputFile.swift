import CFFmpeg

/// Owns an opened demuxer context (`avformat_open_input` … `avformat_close_input`).
final class InputFile {
    let context: UnsafeMutablePointer<AVFormatContext>
    /// Kept alive for the context's interrupt callback, which does not retain it.
    private let interrupt: IOInterrupt?

    /// Opens `path` (a file or URL); `what` names it in errors, e.g. "open image".
    convenience init(path: String, what: String = "open") throws {
        try self.init(url: path, displayName: path, what: what, options: [:], interrupt: nil, findStreamInfo: true)
    }

    /// Opens the file at `path` only as `format` (a demuxer name such as `png_pipe`): nothing
    /// else libav could recognise in it is tried.
    convenience init(path: String, what: String, format: String) throws {
        try self.init(url: path, displayName: path, what: what, options: [:], interrupt: nil, findStreamInfo: true, format: format)
    }

    /// Opens `url` with demuxer/protocol `options` (e.g. `rw_timeout`); `interrupt` can abort
    /// a blocked open or read. Errors name `displayName`. Without `findStreamInfo` streams are
    /// used as the demuxer announces them (a live FLV feed has no header to wait for).
    init(url: String, displayName: String, what: String, options: [String: String],
         interrupt: IOInterrupt?, findStreamInfo: Bool, format: String? = nil) throws {
        LibAV.prepare()
        self.interrupt = interrupt
        var context: UnsafeMutablePointer<AVFormatContext>? = try allocated(avformat_alloc_context(), "allocate a demuxer")
        if let interrupt { context?.pointee.interrupt_callback = interrupt.callback }
        var dictionary: OpaquePointer? = nil
        defer { av_dict_free(&dictionary) }
        for (key, value) in options {
            try check(av_dict_set(&dictionary, key, value, 0), "set input option \(key)=\(value) for", path: displayName)
        }
        var demuxer: UnsafePointer<AVInputFormat>? = nil
        if let format {
            guard let found = av_find_input_format(format) else {
                avformat_free_context(context)
                throw MediaIOError.invalidInput("libav has no \(format) demuxer to \(what) '\(displayName)'")
            }
            demuxer = found
        }
        try check(avformat_open_input(&context, url, demuxer, &dictionary), what, path: displayName)   // frees context on failure
        self.context = try allocated(context, what)
        if findStreamInfo {   // a throw from here on runs deinit, which closes the context
            try check(avformat_find_stream_info(self.context, nil), "read the stream headers of", path: displayName)
        }
    }

    deinit {
        var context: UnsafeMutablePointer<AVFormatContext>? = context
        avformat_close_input(&context)
    }
}

import CFFmpeg

/// Owns an opened demuxer context (`avformat_open_input` … `avformat_close_input`).
final class InputFile {
    let context: UnsafeMutablePointer<AVFormatContext>

    /// Opens `path` (a file or URL); `what` names it in errors, e.g. "open image".
    init(path: String, what: String = "open") throws {
        LibAV.prepare()
        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        try check(avformat_open_input(&context, path, nil, nil), what, path: path)
        self.context = try allocated(context, what)
        try check(avformat_find_stream_info(self.context, nil), "read the stream headers of", path: path)
    }

    deinit {
        var context: UnsafeMutablePointer<AVFormatContext>? = context
        avformat_close_input(&context)
    }
}

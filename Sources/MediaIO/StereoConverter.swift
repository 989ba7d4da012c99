import CFFmpeg
import StandInCore

/// Owns one `SwrContext` converting a decoder's output to 48 kHz interleaved stereo Float.
final class StereoConverter {
    private var context: OpaquePointer?
    private let path: String

    init(codec: UnsafeMutablePointer<AVCodecContext>, path: String) throws {
        self.path = path
        var source = AVChannelLayout()
        if codec.pointee.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || codec.pointee.ch_layout.nb_channels == 0 {
            av_channel_layout_default(&source, max(codec.pointee.ch_layout.nb_channels, 1))
        } else {
            try check(av_channel_layout_copy(&source, &codec.pointee.ch_layout), "read the channel layout of", path: path)
        }
        defer { av_channel_layout_uninit(&source) }
        var stereo = standin_channel_layout_stereo()
        try check(swr_alloc_set_opts2(&context, &stereo, AV_SAMPLE_FMT_FLT, Int32(MediaClock.sampleRate),
                                      &source, codec.pointee.sample_fmt, codec.pointee.sample_rate, 0, nil),
                  "set up resampling for", path: path)
        try check(swr_init(context), "start resampling for", path: path)
    }

    deinit { swr_free(&context) }

    /// `frame`'s samples in the output format.
    func convert(_ frame: Frame) throws -> [Float] {
        let input = frame.pointer.pointee.nb_samples
        let capacity = Int(swr_get_out_samples(context, input)) + 32
        return try run(capacity: capacity) { out in
            let inputPlanes = UnsafeMutableRawPointer(frame.planes).assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
            return swr_convert(context, out, Int32(capacity), inputPlanes, input)
        }
    }

    /// What the resampler still holds at the end of the input.
    func drain() throws -> [Float] {
        try run(capacity: 4_096) { out in swr_convert(context, out, 4_096, nil, 0) }
    }

    private func run(capacity: Int, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>) -> Int32) throws -> [Float] {
        var produced: Int32 = 0
        let samples = [Float](unsafeUninitializedCapacity: capacity * 2) { buffer, count in
            var planes: [UnsafeMutablePointer<UInt8>?] = [UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UInt8.self)]
            produced = planes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
            count = max(0, Int(produced)) * 2
        }
        try check(produced, "resample audio of", path: path)
        return samples
    }
}

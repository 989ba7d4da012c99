import CFFmpeg
import StandInCore

/// Converts mono 16-bit speech (e.g. espeak-ng's 22050 Hz) to the pipeline's 48 kHz float,
/// stereo (L = R, what the encoder takes) or mono (half the memory, for speech kept a while).
///
/// Each call is one complete clip: the resampler's delay line is flushed at the end and reset
/// before the next call, so output length ≈ `input.count * 48000 / inputRate`.
public struct AudioResampler {
    public let inputRate: Int
    /// 2 (interleaved L = R) or 1.
    public let channels: Int
    private let converter: Converter

    public init(inputRate: Int, channels: Int = 2) throws {
        guard channels == 1 || channels == 2 else {
            throw MediaIOError.invalidInput("resampled speech has 1 or 2 channels, not \(channels)")
        }
        guard (1_000...384_000).contains(inputRate) else {
            throw MediaIOError.invalidInput("input sample rate \(inputRate) Hz is out of range")
        }
        self.inputRate = inputRate
        self.channels = channels
        converter = try Converter(inputRate: inputRate, channels: channels)
    }

    /// One clip, resampled: floats in -1…1 at 48 kHz, interleaved (L = R) when stereo.
    public func resample(_ mono: [Int16]) throws -> [Float] {
        try converter.convert(mono)
    }

    /// One-shot form of `AudioResampler(inputRate:).resample(_:)`.
    public static func toStereo48k(_ mono: [Int16], inputRate: Int) throws -> [Float] {
        try AudioResampler(inputRate: inputRate).resample(mono)
    }

    /// One-shot form of `AudioResampler(inputRate:channels: 1).resample(_:)`.
    public static func toMono48k(_ mono: [Int16], inputRate: Int) throws -> [Float] {
        try AudioResampler(inputRate: inputRate, channels: 1).resample(mono)
    }
}

/// Owns one `SwrContext` (S16 mono at `inputRate` → FLT mono or stereo at 48 kHz).
private final class Converter {
    /// Input samples per `swr_convert` call.
    static let sliceSamples = 4096
    private var context: OpaquePointer?
    private let channels: Int

    init(inputRate: Int, channels: Int) throws {
        LibAV.prepare()
        self.channels = channels
        var output = channels == 2 ? standin_channel_layout_stereo() : standin_channel_layout_mono()
        var mono = standin_channel_layout_mono()
        try check(swr_alloc_set_opts2(&context, &output, AV_SAMPLE_FMT_FLT, Int32(MediaClock.sampleRate),
                                      &mono, AV_SAMPLE_FMT_S16, Int32(inputRate), 0, nil),
                  "set up resampling from \(inputRate) Hz")
        if channels == 2 {
            // Mono to both channels at full level (the default mix puts a centre channel at -3 dB).
            let matrix: [Double] = [1, 1]
            try check(swr_set_matrix(context, matrix, 1), "set the mono-to-stereo mix")
        }
    }

    deinit { swr_free(&context) }

    func convert(_ mono: [Int16]) throws -> [Float] {
        try check(swr_init(context), "start resampling")   // also resets state left by an earlier clip
        let capacity = Int(try check(swr_get_out_samples(context, Int32(mono.count)), "size the resampled audio")) + 256
        var produced = 0
        let output = try [Float](unsafeUninitializedCapacity: capacity * channels) { buffer, count in
            defer { count = produced * channels }
            let out = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UInt8.self)
            var outPlanes: [UnsafeMutablePointer<UInt8>?] = [out]
            try mono.withUnsafeBufferPointer { input in
                // In slices: swresample sizes its internal buffers to the input and output
                // counts of one call, so a whole 10 s line at once would cost ~8 MB of them
                // (live RSS) for nothing.
                var read = 0
                while read < input.count {
                    let slice = min(Self.sliceSamples, input.count - read)
                    let room = min(capacity - produced,
                                   Int(try check(swr_get_out_samples(context, Int32(slice)), "size the resampled audio")))
                    outPlanes[0] = out + produced * channels * MemoryLayout<Float>.size
                    var inPlanes: [UnsafePointer<UInt8>?] = [UnsafeRawPointer(input.baseAddress! + read).assumingMemoryBound(to: UInt8.self)]
                    produced += Int(try check(swr_convert(context, &outPlanes, Int32(room), &inPlanes, Int32(slice)),
                                              "resample audio"))
                    read += slice
                }
            }
            while produced < capacity {   // flush: a nil input array drains the filter's delay line
                outPlanes[0] = out + produced * channels * MemoryLayout<Float>.size
                let drained = try check(swr_convert(context, &outPlanes, Int32(capacity - produced), nil, 0),
                                        "flush the resampler")
                if drained == 0 { break }
                produced += Int(drained)
            }
        }
        return output
    }
}

import CFFmpeg
import StandInCore

/// Converts mono 16-bit speech (e.g. espeak-ng's 22050 Hz) to the pipeline's 48 kHz stereo float.
///
/// Each call is one complete clip: the resampler's delay line is flushed at the end and reset
/// before the next call, so output length ≈ `input.count * 48000 / inputRate`.
public struct AudioResampler {
    public let inputRate: Int
    private let converter: Converter

    public init(inputRate: Int) throws {
        guard (1_000...384_000).contains(inputRate) else {
            throw MediaIOError.invalidInput("input sample rate \(inputRate) Hz is out of range")
        }
        self.inputRate = inputRate
        converter = try Converter(inputRate: inputRate)
    }

    /// One clip, resampled: interleaved stereo (L = R) floats in -1…1 at 48 kHz.
    public func resample(_ mono: [Int16]) throws -> [Float] {
        try converter.convert(mono)
    }

    /// One-shot form of `AudioResampler(inputRate:).resample(_:)`.
    public static func toStereo48k(_ mono: [Int16], inputRate: Int) throws -> [Float] {
        try AudioResampler(inputRate: inputRate).resample(mono)
    }
}

/// Owns one `SwrContext` (S16 mono at `inputRate` → FLT stereo at 48 kHz).
private final class Converter {
    /// Input samples per `swr_convert` call.
    static let sliceSamples = 4096
    private var context: OpaquePointer?

    init(inputRate: Int) throws {
        LibAV.prepare()
        var stereo = standin_channel_layout_stereo(), mono = standin_channel_layout_mono()
        try check(swr_alloc_set_opts2(&context, &stereo, AV_SAMPLE_FMT_FLT, Int32(MediaClock.sampleRate),
                                      &mono, AV_SAMPLE_FMT_S16, Int32(inputRate), 0, nil),
                  "set up resampling from \(inputRate) Hz")
        // Mono to both channels at full level (the default mix puts a centre channel at -3 dB).
        let matrix: [Double] = [1, 1]
        try check(swr_set_matrix(context, matrix, 1), "set the mono-to-stereo mix")
    }

    deinit { swr_free(&context) }

    func convert(_ mono: [Int16]) throws -> [Float] {
        try check(swr_init(context), "start resampling")   // also resets state left by an earlier clip
        let capacity = Int(try check(swr_get_out_samples(context, Int32(mono.count)), "size the resampled audio")) + 256
        var produced = 0
        let output = try [Float](unsafeUninitializedCapacity: capacity * 2) { buffer, count in
            defer { count = produced * 2 }
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
                    outPlanes[0] = out + produced * 2 * MemoryLayout<Float>.size
                    var inPlanes: [UnsafePointer<UInt8>?] = [UnsafeRawPointer(input.baseAddress! + read).assumingMemoryBound(to: UInt8.self)]
                    produced += Int(try check(swr_convert(context, &outPlanes, Int32(room), &inPlanes, Int32(slice)),
                                              "resample audio"))
                    read += slice
                }
            }
            while produced < capacity {   // flush: a nil input array drains the filter's delay line
                outPlanes[0] = out + produced * 2 * MemoryLayout<Float>.size
                let drained = try check(swr_convert(context, &outPlanes, Int32(capacity - produced), nil, 0),
                                        "flush the resampler")
                if drained == 0 { break }
                produced += Int(drained)
            }
        }
        return output
    }
}

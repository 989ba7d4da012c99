import CFFmpeg

/// What a muxer needs to declare one stream: the encoder's codec parameters and time base.
///
/// Immutable after init; libav only reads the parameters (`avcodec_parameters_copy` takes
/// them as `const`), so sharing one instance across threads is safe.
public final class StreamInfo: @unchecked Sendable {
    public let kind: EncodedPacket.Kind
    /// The encoder's time base, in which its packets' pts/dts/duration are counted.
    public let timeBase: Rational
    /// Codec name as libav spells it, e.g. `h264`, `aac`.
    public let codecName: String
    /// Frames per second (video; nil for audio). Muxers that store a rate (FLV) need it.
    public let frameRate: Rational?
    /// Frame size (video; 0 for audio).
    public let width: Int, height: Int
    /// Sample rate and channels (audio; 0 for video).
    public let sampleRate: Int, channels: Int
    /// True when the encoder wrote SPS/PPS or AudioSpecificConfig into the parameters
    /// (needed by MP4 and FLV, which store them once in the header).
    public let hasGlobalHeader: Bool

    private let parameters: UnsafeMutablePointer<AVCodecParameters>

    /// Snapshot of an opened encoder.
    init(_ context: CodecContext, kind: EncodedPacket.Kind) throws {
        parameters = try allocated(avcodec_parameters_alloc(), "allocate codec parameters")
        let copied = avcodec_parameters_from_context(parameters, context.pointer)
        let par = parameters.pointee
        self.kind = kind
        timeBase = Rational(context.pointer.pointee.time_base)
        let rate = context.pointer.pointee.framerate
        frameRate = kind == .video && rate.num > 0 && rate.den > 0 ? Rational(rate) : nil
        codecName = String(cString: avcodec_get_name(par.codec_id))
        width = Int(par.width); height = Int(par.height)
        sampleRate = Int(par.sample_rate); channels = Int(par.ch_layout.nb_channels)
        hasGlobalHeader = par.extradata_size > 0
        try check(copied, "copy the \(codecName) encoder's parameters")
    }

    deinit {
        var par: UnsafeMutablePointer<AVCodecParameters>? = parameters
        avcodec_parameters_free(&par)
    }

    /// Copies the parameters into a muxer's stream.
    func copy(to destination: UnsafeMutablePointer<AVCodecParameters>) throws {
        try check(avcodec_parameters_copy(destination, parameters), "copy \(codecName) parameters to the muxer")
    }
}

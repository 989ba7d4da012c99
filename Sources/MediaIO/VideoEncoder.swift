import CFFmpeg
import StandInCore

/// Encodes RGBA frames to H.264 with libx264.
///
/// Owns its codec context, one YUV frame and one converter, all reused for every frame.
/// Not Sendable: keep it on the thread or actor of the encode stage.
///
/// ```swift
/// let encoder = try VideoEncoder(settings, globalHeader: true)
/// for (n, image) in frames.enumerated() { packets += try encoder.encode(image, frameIndex: Int64(n)) }
/// packets += try encoder.flush()
/// ```
public final class VideoEncoder {
    public let settings: VideoEncoderSettings
    /// Codec parameters and time base (1/fps) for a muxer.
    public let streamInfo: StreamInfo
    private let codec: CodecContext
    private let frame: Frame
    private let scaler: Scaler
    /// Converters for parts of the frame, by area size (a scene has a few fixed areas).
    private var regionConverters: [Size: RegionConverter] = [:]
    private var hasConvertedAFrame = false

    private struct Size: Hashable { let width: Int, height: Int }

    /// Opens libx264; `globalHeader` puts SPS/PPS in the stream header (true for MP4 and FLV).
    public init(_ settings: VideoEncoderSettings, globalHeader: Bool) throws {
        let problems = settings.problems()
        guard problems.isEmpty else { throw MediaIOError.invalidInput(problems.joined(separator: "; ")) }
        self.settings = settings
        let video = settings.video
        codec = try CodecContext(encoderNamed: "libx264")
        let context = codec.pointer
        context.pointee.width = Int32(video.width)
        context.pointee.height = Int32(video.height)
        context.pointee.pix_fmt = AV_PIX_FMT_YUV420P
        context.pointee.time_base = AVRational(num: 1, den: Int32(video.fps))
        context.pointee.framerate = AVRational(num: Int32(video.fps), den: 1)
        context.pointee.sample_aspect_ratio = AVRational(num: 1, den: 1)
        context.pointee.gop_size = Int32(settings.keyframeIntervalFrames)
        context.pointee.thread_count = Int32(settings.threads)
        context.pointee.color_range = AVCOL_RANGE_MPEG
        context.pointee.colorspace = AVCOL_SPC_BT709
        context.pointee.color_primaries = AVCOL_PRI_BT709
        context.pointee.color_trc = AVCOL_TRC_BT709
        if globalHeader { context.pointee.flags |= AV_CODEC_FLAG_GLOBAL_HEADER }
        var options = ["preset": settings.preset]
        if settings.slicedThreads { options["x264-params"] = "sliced-threads=1" }
        if let kbps = settings.bitrateKbps {
            context.pointee.bit_rate = Int64(kbps) * 1000
            context.pointee.rc_max_rate = Int64(kbps) * 1000
            context.pointee.rc_buffer_size = Int32(kbps * 2000)
        } else {
            options["crf"] = String(settings.crf ?? 23)
        }
        try codec.open(options: options)

        frame = try Frame.video(width: video.width, height: video.height, format: AV_PIX_FMT_YUV420P)
        scaler = try Scaler(width: video.width, height: video.height, from: AV_PIX_FMT_RGBA, to: AV_PIX_FMT_YUV420P,
                         flags: settings.fastChroma ? SWS_POINT : SWS_BILINEAR)
        try scaler.useBT709()
        streamInfo = try StreamInfo(codec, kind: .video)
    }

    /// Converts `image` to YUV 4:2:0 and encodes it as frame `frameIndex` (pts in 1/fps).
    /// Returns the packets x264 has finished so far (it holds a few frames of lookahead).
    ///
    /// `changedRegions`, when given, promises that `image` differs from the previous image
    /// only inside those rectangles; only they are converted (the YUV frame persists between
    /// calls), which saves most of the conversion for a host in front of a still scene.
    public func encode(_ image: RGBAImage, frameIndex: Int64, changedRegions: [PixelRect]? = nil) throws -> [EncodedPacket] {
        let video = settings.video
        guard image.width == video.width, image.height == video.height else {
            throw MediaIOError.invalidInput(
                "frame \(frameIndex) is \(image.width)x\(image.height), the encoder expects \(video.width)x\(video.height)")
        }
        try frame.makeWritable()
        if let changedRegions, hasConvertedAFrame {
            for region in changedRegions {
                try convert(image, region: region.alignedForChroma(insideWidth: video.width, height: video.height))
            }
        } else {
            try image.pixels.withUnsafeBytes { bytes in
                try scaler.scale(packed: bytes, stride: image.width * 4, into: frame)
            }
            hasConvertedAFrame = true
        }
        frame.pointer.pointee.pts = frameIndex
        return try codec.encode(frame, kind: .video, fallbackDuration: 1)
    }

    /// Encodes the picture converted last once more, as frame `frameIndex` (a held frame:
    /// nothing is converted). Throws before any picture was encoded.
    public func encodeAgain(frameIndex: Int64) throws -> [EncodedPacket] {
        guard hasConvertedAFrame else { throw MediaIOError.invalidInput("frame \(frameIndex): no earlier picture to show again") }
        try frame.makeWritable()
        frame.pointer.pointee.pts = frameIndex
        return try codec.encode(frame, kind: .video, fallbackDuration: 1)
    }

    /// Converts one even-aligned area of `image` into the same area of the YUV frame.
    private func convert(_ image: RGBAImage, region: PixelRect) throws {
        guard !region.isEmpty else { return }
        let size = Size(width: region.width, height: region.height)
        let converter = try regionConverters[size] ?? {
            let made = try RegionConverter(width: size.width, height: size.height, fastChroma: settings.fastChroma)
            regionConverters[size] = made
            return made
        }()
        try converter.convert(image, region: region, into: frame)
    }

    /// Drains the frames x264 still holds; call once after the last `encode`.
    public func flush() throws -> [EncodedPacket] {
        try codec.encode(nil, kind: .video, fallbackDuration: 1)
    }
}

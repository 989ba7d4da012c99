import StandInCore

/// How `VideoEncoder` runs libx264.
public struct VideoEncoderSettings: Sendable, Equatable {
    /// Frame size and rate; frames passed to `encode` must have this size.
    public var video: VideoSettings
    /// x264 preset: `ultrafast` … `veryslow`.
    public var preset: String = "veryfast"
    /// Constant rate factor (0–51, lower is better). Used when `bitrateKbps` is nil; 23 if both are nil.
    public var crf: Int?
    /// Target bitrate for streaming; also the VBV max rate, with a 2 s buffer. Excludes `crf`.
    public var bitrateKbps: Int?
    /// Distance between keyframes; streaming platforms expect 2 s.
    public var keyframeIntervalFrames: Int
    /// x264 threads; 0 lets libx264 choose from the core count.
    public var threads: Int = 0
    /// Point-sample chroma when converting RGBA to YUV 4:2:0 instead of averaging it
    /// (measured ~25 % cheaper at 720x1280; colour edges of text get slightly rougher).
    public var fastChroma: Bool = false
    /// x264's threads split each frame into slices instead of working on several frames at
    /// once: one frame in flight, so ~30 MB less memory at 720x1280 and no frame-thread delay
    /// (`ffmpeg … -x264-params sliced-threads=1`: 133 MB vs 164 MB peak, same CPU). For live.
    public var slicedThreads: Bool = false

    public init(video: VideoSettings, preset: String = "veryfast", crf: Int? = nil, bitrateKbps: Int? = nil,
                keyframeIntervalFrames: Int? = nil, threads: Int = 0, fastChroma: Bool = false, slicedThreads: Bool = false) {
        self.video = video
        self.preset = preset
        self.crf = crf
        self.bitrateKbps = bitrateKbps
        self.keyframeIntervalFrames = keyframeIntervalFrames ?? 2 * video.fps
        self.threads = threads
        self.fastChroma = fastChroma
        self.slicedThreads = slicedThreads
    }

    /// Problems with these settings, as text for the user; empty when usable.
    public func problems() -> [String] {
        var found = video.problems()
        if crf != nil && bitrateKbps != nil { found.append("set either crf or bitrateKbps, not both") }
        if let crf, !(0...51).contains(crf) { found.append("crf \(crf) must be between 0 and 51") }
        if let bitrateKbps, bitrateKbps <= 0 { found.append("bitrate \(bitrateKbps) kbps must be positive") }
        if keyframeIntervalFrames <= 0 { found.append("keyframe interval must be at least 1 frame") }
        if threads < 0 { found.append("threads must be 0 (automatic) or more") }
        return found
    }
}

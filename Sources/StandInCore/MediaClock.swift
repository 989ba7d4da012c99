/// The one clock of the pipeline: audio samples at 48 kHz are the master; video frame n has
/// pts n in a 1/fps time base. All media time is integers.
public enum MediaClock {
    /// Audio sample rate of everything StandIn renders and encodes.
    public static let sampleRate = 48_000
    /// Channels of the rendered audio (interleaved stereo).
    public static let channels = 2
}

/// Frame size and rate of the video StandIn renders.
public struct VideoSettings: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var fps: Int

    public init(width: Int, height: Int, fps: Int) {
        self.width = width
        self.height = height
        self.fps = fps
    }

    /// Audio samples (per channel) covered by one video frame; exact because `validate()`
    /// only accepts rates that divide 48 kHz.
    public var samplesPerFrame: Int { MediaClock.sampleRate / fps }

    /// Whole frames needed to show `samples` audio samples (rounded up).
    public func frameCount(coveringSamples samples: Int) -> Int {
        (samples + samplesPerFrame - 1) / samplesPerFrame
    }

    /// First audio sample shown with frame `frame`.
    public func firstSample(ofFrame frame: Int) -> Int { frame * samplesPerFrame }

    /// Problems with these settings, as text for the user; empty when usable.
    public func problems() -> [String] {
        var found: [String] = []
        if width < 64 || height < 64 || width > 4096 || height > 4096 {
            found.append("frame size \(width)x\(height) must be between 64 and 4096 on each side")
        }
        if width % 2 != 0 || height % 2 != 0 {
            found.append("frame size \(width)x\(height) must be even on both sides (YUV 4:2:0)")
        }
        if fps <= 0 || fps > 60 || MediaClock.sampleRate % fps != 0 {
            found.append("fps \(fps) must be between 1 and 60 and divide 48000 (e.g. 24, 25, 30, 60)")
        }
        return found
    }
}

extension VideoSettings {
    /// A frame size written `WIDTHxHEIGHT` (`720x1280`; `X` too), as the channel file, `--size`
    /// and the render commands take it; nil when it is not two whole numbers. Whether the size
    /// is usable is `problems()`'s to say.
    public static func parseSize(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else { return nil }
        return (width, height)
    }
}

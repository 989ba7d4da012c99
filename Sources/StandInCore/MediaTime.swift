/// A position or a length on the pipeline's one clock: a whole number of audio samples at
/// 48 kHz (`MediaClock.sampleRate`). What flows between the live engine's stages carries one,
/// so nothing downstream re-derives a position from a packet's pts through `Double`.
///
/// ```swift
/// let start = MediaTime(samples: 96_000)          // 2 s
/// let frame = MediaTime(frames: 1, fps: 30)       // 1,600 samples
/// (start + frame).milliseconds                    // 2033
/// ```
public struct MediaTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var samples: Int

    public init(samples: Int) { self.samples = samples }

    /// `frames` whole video frames at `fps` (which divides 48 kHz: exact).
    public init(frames: Int, fps: Int) { samples = frames * (MediaClock.sampleRate / fps) }

    public static let zero = MediaTime(samples: 0)

    public static func seconds(_ seconds: Int) -> MediaTime { MediaTime(samples: seconds * MediaClock.sampleRate) }

    /// Whole milliseconds (rounded down), for logs and the API.
    public var milliseconds: Int { samples * 1_000 / MediaClock.sampleRate }

    /// Whole seconds (rounded down).
    public var wholeSeconds: Int { samples / MediaClock.sampleRate }

    public static func < (a: MediaTime, b: MediaTime) -> Bool { a.samples < b.samples }
    public static func + (a: MediaTime, b: MediaTime) -> MediaTime { MediaTime(samples: a.samples + b.samples) }
    public static func - (a: MediaTime, b: MediaTime) -> MediaTime { MediaTime(samples: a.samples - b.samples) }
    public static func += (a: inout MediaTime, b: MediaTime) { a.samples += b.samples }

    public var description: String { "\(samples) samples" }
}

import Foundation

/// The ffmpeg CLI publishing a test pattern (testsrc2) with a sine tone over RTMP: a stand-in
/// for a human host's encoder in relay tests and benchmarks.
public enum TestPublisher {
    /// Starts publishing `size` (WxH) at `fps` with a `toneHz` tone (nil: no audio) to `url`,
    /// read at real time, or at `readRate` × real time (its timestamps stay at `fps`: an encoder
    /// running slower or faster than the clock).
    public static func start(_ url: String, size: String, fps: Int, toneHz: Int? = 1_000, readRate: Double? = nil,
                             logPrefix: String) throws -> BackgroundProcess {
        let pace = readRate.map { ["-readrate", "\($0)"] } ?? ["-re"]
        let tonePace = readRate == nil ? [] : pace   // -re: the tone is read as the muxer asks for it
        let tone = toneHz.map { tonePace + ["-f", "lavfi", "-i", "sine=frequency=\($0):sample_rate=44100"] } ?? []
        return try BackgroundProcess("ffmpeg", ["-nostdin", "-v", "error"] + pace + ["-f", "lavfi", "-i", "testsrc2=size=\(size):rate=\(fps)"]
            + tone + ["-c:v", "libx264", "-preset", "ultrafast", "-g", "\(fps)"] + (toneHz == nil ? ["-an"] : ["-c:a", "aac"])
            + ["-f", "flv", url], logPrefix: logPrefix)
    }
}

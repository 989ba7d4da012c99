import Foundation

/// The ffmpeg CLI publishing a test pattern (testsrc2) with a sine tone over RTMP: a stand-in
/// for a human host's encoder in relay tests and benchmarks.
public enum TestPublisher {
    /// Starts publishing `size` (WxH) at `fps` with a `toneHz` tone (nil: no audio) to `url`.
    public static func start(_ url: String, size: String, fps: Int, toneHz: Int? = 1_000, logPrefix: String) throws -> BackgroundProcess {
        let tone = toneHz.map { ["-f", "lavfi", "-i", "sine=frequency=\($0):sample_rate=44100"] } ?? []
        return try BackgroundProcess("ffmpeg", ["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=\(size):rate=\(fps)"]
            + tone + ["-c:v", "libx264", "-preset", "ultrafast", "-g", "\(fps)"] + (toneHz == nil ? ["-an"] : ["-c:a", "aac"])
            + ["-f", "flv", url], logPrefix: logPrefix)
    }
}

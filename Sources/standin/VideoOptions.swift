import ArgumentParser
import StandInCore

/// Frame size, rate and encoder preset, shared by commands that render.
struct VideoOptions: ParsableArguments {
    @Option(help: "Frame size WIDTHxHEIGHT; rooms are usually vertical, 720x1280 or 1080x1920.")
    var size: String = "720x1280"

    @Option(help: "Frames per second; must divide 48000 (24, 25, 30, 60).")
    var fps: Int = 30

    @Option(help: "x264 preset: ultrafast, superfast, veryfast, faster, fast, medium …")
    var preset: String = "veryfast"

    static let presets = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"]

    var settings: VideoSettings {
        let parsed = VideoSettings.parseSize(size)
        return VideoSettings(width: parsed?.width ?? 0, height: parsed?.height ?? 0, fps: fps)
    }

    func validate() throws {
        guard VideoSettings.parseSize(size) != nil else {
            throw ValidationError("--size must look like 720x1280, got '\(size)'")
        }
        if let problem = settings.problems().first { throw ValidationError(problem) }
        guard Self.presets.contains(preset) else {
            throw ValidationError("--preset must be one of \(Self.presets.joined(separator: ", ")), got '\(preset)'")
        }
    }
}

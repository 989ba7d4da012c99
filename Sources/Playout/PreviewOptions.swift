import Scripting
import StandInCore

/// What a persona preview produces, from the output's extension.
public enum PreviewKind: String, Sendable, CaseIterable {
    /// `.png`: one frame.
    case still = "png"
    /// `.wav`: the speech.
    case audio = "wav"
    /// `.mp4`: a short clip.
    case clip = "mp4"

    public init(path: String) throws {
        let suffix = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard path.contains("."), let kind = PreviewKind(rawValue: suffix) else {
            throw PlayoutError.unsupportedPreview(path: path)
        }
        self = kind
    }
}

/// Everything about a persona preview that is not in the user's files.
public struct PreviewOptions: Sendable {
    /// `.png`, `.wav` or `.mp4`; decides what is rendered.
    public var outputPath: String
    public var video: VideoSettings
    /// x264 preset for `.mp4`.
    public var preset: String
    /// Chooses template variants, as in a render.
    public var seed: UInt64
    /// A custom text to say instead of the script.
    public var line: String?
    /// The most speech (48 kHz samples, pauses included) the audio or clip may hold: later
    /// lines are left out, and a first line longer than this is an error. Nil: no limit.
    public var maxSpeechSamples: Int?

    public init(outputPath: String, video: VideoSettings = VideoSettings(width: 720, height: 1280, fps: 30),
                preset: String = "veryfast", seed: UInt64 = 1, line: String? = nil) {
        self.outputPath = outputPath; self.video = video; self.preset = preset; self.seed = seed; self.line = line
    }
}

/// What a preview wrote.
public struct PreviewSummary: Sendable {
    public var outputPath: String
    public var kind: PreviewKind
    /// The lines spoken (or, for a still, shown).
    public var lines: [ScriptLine]
    public var label: ContentLabel
}

import Scripting
import StandInCore

/// Everything about a clip render that is not in the user's files.
public struct ClipRenderOptions: Sendable {
    public var video: VideoSettings
    /// x264 preset: ultrafast … veryslow.
    public var preset: String
    /// Chooses template variants; same seed, same script.
    public var seed: UInt64
    /// Where the MP4 goes; it appears only when the render succeeded.
    public var outputPath: String
    /// Where to write a grid of frames as PNG, if anywhere.
    public var contactSheetPath: String?
    /// Keep adding rounds (selling points, offer, call to action) until the clip lasts at
    /// least this many seconds; 0 renders one round.
    public var minimumSeconds: Int
    /// Music under the host, ducked while it speaks; nil for speech only.
    public var music: MusicBedSettings?
    /// Lines to speak instead of the product's clip script (previews); `minimumSeconds`
    /// then adds nothing.
    public var script: [ScriptLine]?

    public init(video: VideoSettings = VideoSettings(width: 720, height: 1280, fps: 30), preset: String = "veryfast",
                seed: UInt64 = 1, outputPath: String, contactSheetPath: String? = nil, minimumSeconds: Int = 0,
                music: MusicBedSettings? = nil, script: [ScriptLine]? = nil) {
        self.video = video; self.preset = preset; self.seed = seed
        self.outputPath = outputPath; self.contactSheetPath = contactSheetPath; self.minimumSeconds = minimumSeconds
        self.music = music
        self.script = script
    }
}

/// Frames done so far, for progress displays.
public struct RenderProgress: Sendable {
    public var framesDone: Int
    public var framesTotal: Int
    /// Wall-clock seconds since the render started.
    public var elapsedSeconds: Double

    /// Stream seconds rendered per wall-clock second.
    public func speed(fps: Int) -> Double {
        elapsedSeconds > 0 ? Double(framesDone) / Double(fps) / elapsedSeconds : 0
    }
}

/// What a finished render produced.
public struct ClipRenderSummary: Sendable {
    public var outputPath: String
    public var contactSheetPath: String?
    public var frames: Int
    public var audioSamples: Int
    public var lines: [String]
    /// Lines the guardrails kept out of the clip, with rule and phrase.
    public var blocked: [String]
    /// When each line is spoken, on the 48 kHz clock.
    public var timedLines: [SpokenTimeline.TimedLine]
    /// Mouth shapes over the clip, on the 48 kHz clock.
    public var visemes: VisemeTrack
    public var elapsedSeconds: Double
    public var label: ContentLabel
}

import ArgumentParser
import Foundation
import Logging
import MediaIO
import Playout
import StandInCore

/// `standin render`: one product segment to an MP4 clip.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a product clip (H.264 + AAC in MP4) with the persona presenting one product.",
        discussion: """
            The clip carries a visible AI label and AI-content metadata (AIGC tag, readable \
            with ffprobe -show_format). The file appears only when the render succeeded.
            """)

    @Option(help: "Persona file (YAML).")
    var persona: String

    @Option(help: "Catalog file (YAML).")
    var catalog: String

    @Option(help: "Id of the product to present.")
    var product: String

    @Option(help: "Output MP4 path.")
    var out: String

    @Option(help: "Also write a grid of frames (PNG) here.")
    var contactSheet: String?

    @Option(help: "Seed for choosing template variants; the same seed gives the same clip.")
    var seed: UInt64 = 1

    @Option(help: "Make the clip at least this many seconds long by adding rounds of selling points, offer and call to action.")
    var minDuration: Int = 0

    @Option(help: "Music under the host: 'builtin' (StandIn's own generated bed) or an audio file (MP3/AAC/WAV), looped and ducked while the host speaks.")
    var music: String?

    @OptionGroup var video: VideoOptions

    func validate() throws {
        guard (0...3600).contains(minDuration) else { throw ValidationError("--min-duration must be 0 to 3600 seconds") }
    }

    func run() throws {
        LibAVLog.route(to: Logger(label: "standin.libav"))
        try reportingErrors {
            let persona = try Persona.load(from: persona)
            let catalog = try Catalog.load(from: catalog)
            let options = ClipRenderOptions(video: video.settings, preset: video.preset, seed: seed,
                                            outputPath: out, contactSheetPath: contactSheet,
                                            minimumSeconds: minDuration,
                                            music: music.map { MusicBedSettings(source: $0 == "builtin" ? .builtin : .file(path: $0)) })
            let cleanup = removingOnInterrupt([out + ".partial"] + (contactSheet.map { [$0 + ".partial", $0] } ?? []))
            defer { cleanup.forEach { $0.cancel() } }
            let bar = ProgressBar(fps: video.fps)
            let summary = try ClipRenderer().render(persona: persona, catalog: catalog, productID: product,
                                                    options: options, progress: bar.update)
            bar.finish()
            let seconds = Double(summary.frames) / Double(video.fps)
            let speed = summary.elapsedSeconds > 0 ? seconds / summary.elapsedSeconds : 0
            printOut(String(format: "rendered %@: %d frames, %.2f s, %dx%d@%d, %d lines, %.1fx real time, in %.1f s",
                            summary.outputPath, summary.frames, seconds, video.settings.width, video.settings.height,
                            video.fps, summary.lines.count, speed, summary.elapsedSeconds))
            if let sheet = summary.contactSheetPath { printOut("contact sheet: \(sheet)") }
            if !summary.blocked.isEmpty {
                printError("warning: the guardrails kept \(summary.blocked.count) line(s) out of the clip; " +
                           "fix them with `standin persona validate \(self.persona) --catalog \(self.catalog)`:")
                for line in summary.blocked { printError("  \(line)") }
            }
        }
    }
}

import ArgumentParser
import Logging
import MediaIO
import Playout
import StandInCore

extension PersonaCommand {
    /// `standin persona preview`: a still, the speech or a short clip of the persona
    /// presenting one product, through the real pipeline.
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview a persona presenting a product: a frame (.png), the speech (.wav) or a short clip (.mp4).",
            discussion: """
                The output's extension chooses the form: .png is the host mid-sentence in the \
                product's intro with the caption shown, .wav the whole clip script spoken, .mp4 \
                the greeting, intro and first selling point. --line says your own text instead \
                (pronunciation fixes applied). The file appears only when complete.
                """)

        @Argument(help: "Persona file (YAML).")
        var file: String

        @Option(help: "Catalog file (YAML).")
        var catalog: String

        @Option(help: "Id of the product to present.")
        var product: String

        @Option(help: "Output path ending in .png, .wav or .mp4.")
        var out: String

        @Option(help: "Say this text instead of the persona's script.")
        var line: String?

        @Option(help: "Seed for choosing template variants.")
        var seed: UInt64 = 1

        @OptionGroup var video: VideoOptions

        func validate() throws {
            do {
                _ = try PreviewKind(path: out)
            } catch {
                throw ValidationError("--out must end in .png, .wav or .mp4, got '\(out)'")
            }
            if let line, line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--line must not be empty")
            }
        }

        func run() throws {
            LibAVLog.route(to: Logger(label: "standin.libav"))
            try reportingErrors {
                let persona = try Persona.load(from: file)
                let catalog = try Catalog.load(from: catalog)
                let options = PreviewOptions(outputPath: out, video: video.settings, preset: video.preset,
                                             seed: seed, line: line)
                let cleanup = removingOnInterrupt([out + ".partial"])
                defer { cleanup.forEach { $0.cancel() } }
                let summary = try PersonaPreview().render(persona: persona, catalog: catalog, productID: product,
                                                          options: options)
                printOut("wrote \(summary.outputPath) (\(summary.kind), persona '\(persona.id)' version \(persona.versionTag), \(summary.lines.count) \(summary.lines.count == 1 ? "line" : "lines"))")
            }
        }
    }
}

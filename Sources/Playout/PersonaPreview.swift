import Compositor
import Foundation
import MediaIO
import Scripting
import Speech
import StandInCore

/// `standin persona preview`: how a persona looks and sounds presenting one product, through
/// the same script, speech and compositor stages as a render.
///
/// ```swift
/// let summary = try PersonaPreview().render(persona: persona, catalog: catalog, productID: "tea-01",
///                                           options: PreviewOptions(outputPath: "preview.png"))
/// ```
/// - `.png`: one frame of the host mid-sentence in the product's intro, caption shown.
/// - `.wav`: the spoken clip script (48 kHz stereo, 16-bit).
/// - `.mp4`: a short clip: greeting, intro and the first selling point.
/// With `line`, that text (pronunciations applied) replaces the script in every form.
/// The output file appears only when complete.
public struct PersonaPreview {
    public init() {}

    public func render(persona: Persona, catalog: Catalog, productID: String, options: PreviewOptions) throws -> PreviewSummary {
        let kind = try PreviewKind(path: options.outputPath)
        guard options.video.problems().isEmpty else { throw PlayoutError.invalidVideo(problems: options.video.problems()) }
        guard let product = catalog.product(id: productID) else {
            throw PlayoutError.unknownProduct(id: productID, catalog: catalog.file, known: catalog.products.map(\.id))
        }
        let script = try ScriptBuilder(persona: persona, catalog: catalog)
        var lines = options.line.map { script.customLines($0, source: SourceLocation(file: "--line", line: nil)) }
            ?? Self.defaultLines(for: kind, script.clipScript(for: product, seed: options.seed))
        guard !lines.isEmpty else { throw PlayoutError.emptyScript(product: productID) }
        if kind == .clip, let limit = options.maxSpeechSamples {
            lines = try Self.fitting(lines, voice: persona.voice, within: limit)
        }
        let label = ContentLabel(persona: persona, productID: product.id)

        switch kind {
        case .still:
            var speaker = SpokenTimelineBuilder(synthesizer: try SpeechSynthesizer.shared(), voice: persona.voice)
            try speaker.append([lines[0]])
            let timeline = speaker.timeline(video: options.video)
            let scene = try SceneSpec(persona: persona, product: product, catalog: catalog, video: options.video)
            let compositor = try FrameCompositor(scene: scene, text: TextRenderer())
            let state = FrameState(viseme: Self.midSentenceViseme(timeline), eyes: .open, caption: lines[0].text)
            try ImageEncoder.writePNG(compositor.render(state), to: options.outputPath, text: label.pngText)
        case .audio:
            var speaker = SpokenTimelineBuilder(synthesizer: try SpeechSynthesizer.shared(), voice: persona.voice)
            for (index, line) in lines.enumerated() {
                if try speaker.append(line, within: options.maxSpeechSamples) { continue }
                if index == 0 { throw PlayoutError.previewTooLong(seconds: (options.maxSpeechSamples ?? 0) / MediaClock.sampleRate) }
                break
            }
            let timeline = speaker.timeline(video: options.video)
            let comment = label.metadata["comment"].map { "\($0) (persona \(persona.id) \(persona.versionTag))" }
            try WAVWriter.write(interleaved: timeline.paddedAudio, channels: MediaClock.channels, sampleRate: MediaClock.sampleRate,
                                comment: comment, to: options.outputPath)
        case .clip:
            let clip = ClipRenderOptions(video: options.video, preset: options.preset, seed: options.seed,
                                         outputPath: options.outputPath, script: lines)
            _ = try ClipRenderer().render(persona: persona, catalog: catalog, productID: productID, options: clip)
        }
        return PreviewSummary(outputPath: options.outputPath, kind: kind, lines: lines, label: label)
    }

    /// The first lines whose speech ends within `limit` samples (a sentence is never cut).
    static func fitting(_ lines: [ScriptLine], voice: Persona.Voice, within limit: Int) throws -> [ScriptLine] {
        var speaker = SpokenTimelineBuilder(synthesizer: try SpeechSynthesizer.shared(), voice: voice)
        var kept: [ScriptLine] = []
        for line in lines {
            guard try speaker.append(line, within: limit) else { break }
            kept.append(line)
        }
        guard !kept.isEmpty else { throw PlayoutError.previewTooLong(seconds: limit / MediaClock.sampleRate) }
        return kept
    }

    /// The still shows the intro's first sentence; the clip runs to the end of the first
    /// selling point; the audio is the whole clip script.
    static func defaultLines(for kind: PreviewKind, _ clip: [ScriptLine]) -> [ScriptLine] {
        switch kind {
        case .still:
            return [clip.first { $0.kind == .intro } ?? clip[0]]
        case .clip:
            guard let end = clip.firstIndex(where: { $0.kind == .sellingPoint && $0.endsSegment }) else { return clip }
            return Array(clip[...end])
        case .audio:
            return clip
        }
    }

    /// An open mouth from the middle of the first line's speech (searching outwards), so the
    /// still looks like the host is talking.
    static func midSentenceViseme(_ timeline: SpokenTimeline) -> Viseme {
        guard let line = timeline.lines.first else { return .rest }
        let middle = (line.start + line.speechEnd) / 2, step = MediaClock.sampleRate / 100
        for offset in stride(from: 0, to: (line.speechEnd - line.start) / 2, by: step) {
            for sample in [middle + offset, middle - offset] {
                let viseme = timeline.visemes.viseme(at: sample)
                if viseme != .rest && viseme != .closed { return viseme }
            }
        }
        return timeline.visemes.viseme(at: middle)
    }
}

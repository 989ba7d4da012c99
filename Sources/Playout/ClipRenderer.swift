import Compositor
import Foundation
import Logging
import MediaIO
import Scripting
import Speech
import StandInCore

/// Renders one product segment to an MP4 clip: script → speech → frames → H.264/AAC.
///
/// ```swift
/// let summary = try ClipRenderer().render(persona: persona, catalog: catalog, productID: "tea-01",
///                                         options: ClipRenderOptions(outputPath: "clip.mp4"))
/// ```
public struct ClipRenderer {
    /// Where lines the guardrails blocked are reported (they are skipped, never aired).
    public var logger: Logger

    public init(logger: Logger = Logger(label: "standin.playout")) {
        self.logger = logger
    }

    public func render(persona: Persona, catalog: Catalog, productID: String, options: ClipRenderOptions,
                       progress: (RenderProgress) -> Void = { _ in }) throws -> ClipRenderSummary {
        let started = Date()
        let video = options.video
        guard video.problems().isEmpty else { throw PlayoutError.invalidVideo(problems: video.problems()) }
        guard let product = catalog.product(id: productID) else {
            throw PlayoutError.unknownProduct(id: productID, catalog: catalog.file, known: catalog.products.map(\.id))
        }
        let script = try ScriptBuilder(persona: persona, catalog: catalog)
        var lines: [ScriptLine]
        var blocked: [String] = []
        if let custom = options.script {
            // A preview's own words pass the same guardrails as template lines.
            let violations = script.guardrails.check(lines: custom)
            guard violations.isEmpty else { throw PlayoutError.blockedLines(violations.map(\.description)) }
            lines = custom
        } else {
            let plan = script.clipPlan(for: product, seed: options.seed)
            blocked += logBlocked(plan)
            lines = plan.lines
        }
        guard !lines.isEmpty else { throw PlayoutError.emptyScript(product: productID) }

        var speaker = SpokenTimelineBuilder(synthesizer: try SpeechSynthesizer.shared(), voice: persona.voice)
        try speaker.append(lines)
        var round = 1
        // Further rounds prefer lines this clip has not said yet (all count as just aired).
        var said = LineHistory()
        while options.script == nil, speaker.spokenLength < options.minimumSeconds * MediaClock.sampleRate {
            for line in lines { said.record(line.text, at: 0) }
            let more = script.plan(ScriptBuilder.extraRoundFlow, for: product, seed: options.seed, round: round,
                                   history: said, at: 0)
            blocked += logBlocked(more)
            guard !more.lines.isEmpty else { break }
            try speaker.append(more.lines)
            lines += more.lines
            round += 1
        }
        let timeline = speaker.timeline(video: video)
        let scene = try SceneSpec(persona: persona, product: product, catalog: catalog, video: video)
        let text = try TextRenderer()
        let compositor = try FrameCompositor(scene: scene, text: text)
        let label = ContentLabel(persona: persona, productID: product.id)

        let frameCount = timeline.length / video.samplesPerFrame
        var sheet = ContactSheet(totalFrames: frameCount, fps: video.fps)
        var mixer = try options.music.map { try SpeechOverMusic(settings: $0, timeline: timeline) }
        try ClipEncoding(options: options, metadata: label.metadata).run { sink in
            let blinks = BlinkSchedule(fps: video.fps, seed: options.seed)
            var image = compositor.base
            var shown: FrameState?
            for frame in 0..<frameCount {
                let sample = video.firstSample(ofFrame: frame)
                let state = FrameState(
                    viseme: timeline.visemes.viseme(at: sample + video.samplesPerFrame / 2),
                    eyes: blinks.eyes(atFrame: frame),
                    caption: timeline.line(at: sample)?.line.text)
                let redrawn = compositor.update(&image, from: shown, to: state)
                shown = state
                sheet.offer(image, frame: frame)
                try sink.video(image, frame: frame, changedRegions: frame == 0 ? nil : redrawn)
                let speech = timeline.audio(frame: frame, video: video)
                try sink.audio(try mixer?.mix(speech, at: video.firstSample(ofFrame: frame)) ?? Array(speech))
                if frame % 10 == 9 || frame == frameCount - 1 {
                    progress(RenderProgress(framesDone: frame + 1, framesTotal: frameCount,
                                            elapsedSeconds: Date().timeIntervalSince(started)))
                }
            }
        }
        if let path = options.contactSheetPath { try sheet.write(to: path, label: label, text: text) }
        return ClipRenderSummary(
            outputPath: options.outputPath, contactSheetPath: options.contactSheetPath, frames: frameCount,
            audioSamples: timeline.length, lines: lines.map(\.text), blocked: blocked, timedLines: timeline.lines, visemes: timeline.visemes,
            elapsedSeconds: Date().timeIntervalSince(started), label: label)
    }
}

extension ClipRenderer {
    /// Blocked lines are skipped, never aired; the log says which rule and where to fix it.
    /// Returns them as text for the render's summary.
    func logBlocked(_ plan: PlannedScript) -> [String] {
        for blocked in plan.blocked {
            logger.warning("guardrails blocked a line", metadata: [
                "text": "\(blocked.text)",
                "violations": "\(blocked.violations.map(\.description).joined(separator: "; "))",
            ])
        }
        return plan.blocked.map { "\($0.text): \($0.violations.map(\.description).joined(separator: "; "))" }
    }
}

extension ProductCard {
    /// The card for `product`: its decoded image and prices formatted by the catalog's currency and locale.
    init(_ product: Product, catalog: Catalog) throws {
        self.init(product, catalog: catalog, picture: try ImageDecoder.decode(path: product.imagePath))
    }

    /// The card for `product` showing `picture` (its image, decoded already).
    init(_ product: Product, catalog: Catalog, picture: RGBAImage) {
        self.init(name: product.name,
                  priceText: catalog.priceFormat.string(product.price),
                  listPriceText: product.listPrice.map(catalog.priceFormat.string),
                  image: picture)
    }

    /// The card for `product` with no picture (its image did not decode).
    init(withoutPictureOf product: Product, catalog: Catalog) {
        self.init(name: product.name,
                  priceText: catalog.priceFormat.string(product.price),
                  listPriceText: product.listPrice.map(catalog.priceFormat.string),
                  image: nil)
    }
}

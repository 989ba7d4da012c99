import Compositor
import Foundation
import Playout
import StandInCore
import Testing
import TestSupport

/// The whole pipeline (script → espeak-ng → frames → x264/AAC → MP4) on the demo files,
/// checked by probing and decoding the file with the ffmpeg CLIs.
@Suite("Rendering a clip", .serialized)
struct ClipRenderTests {
    static let video = VideoSettings(width: 180, height: 320, fps: 30)

    struct Rendered {
        let folder: TemporaryFolder
        let persona: Persona
        let summary: ClipRenderSummary
        let probe: MediaProbe
        let decoded: DecodedVideo
        let audio: DecodedAudio
    }

    static func render(persona name: String, catalog catalogName: String) throws -> Rendered {
        let folder = try TemporaryFolder()
        let persona = try Persona.load(from: repositoryPath("personas/\(name)"))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/\(catalogName)"))
        let options = ClipRenderOptions(video: video, preset: "ultrafast", seed: 3, outputPath: folder.path("clip.mp4"),
                                        contactSheetPath: folder.path("sheet.png"))
        let summary = try ClipRenderer().render(persona: persona, catalog: catalog, productID: "tea-01", options: options)
        return Rendered(folder: folder, persona: persona, summary: summary,
                        probe: try MediaProbe(path: summary.outputPath),
                        decoded: try DecodedVideo(path: summary.outputPath, width: video.width, height: video.height),
                        audio: try DecodedAudio(path: summary.outputPath))
    }

    @Test(arguments: [("xiaolin.yaml", "catalog.yaml"), ("ava.yaml", "catalog-en.yaml")])
    func streamsAndDurationsMatchTheSpeech(persona: String, catalog: String) throws {
        let clip = try Self.render(persona: persona, catalog: catalog)
        let video = try #require(clip.probe.video)
        let audio = try #require(clip.probe.audio)
        #expect(clip.probe.streams.count == 2)
        #expect(video.codecName == "h264" && video.width == 180 && video.height == 320 && video.frameRate == "30/1")
        #expect(video.frameCount == clip.summary.frames)
        #expect(audio.codecName == "aac" && audio.sampleRate == 48_000 && audio.channels == 2)

        let videoSeconds = try #require(video.duration)
        let audioSeconds = try #require(audio.duration)
        #expect(abs(videoSeconds - audioSeconds) <= 1024.0 / 48_000 + 0.001, "video \(videoSeconds) s, audio \(audioSeconds) s")
        #expect(abs(videoSeconds - Double(clip.summary.frames) / 30) < 0.001)
        // Speech plus the persona's pauses, rounded up to a whole frame.
        let spoken = Double(try #require(clip.summary.timedLines.last).end) / 48_000
        #expect(videoSeconds >= spoken && videoSeconds < spoken + 1.0 / 30 + 0.001)
        #expect(clip.summary.lines.count >= 6)
    }

    @Test func theFileCarriesAIContentMetadata() throws {
        let clip = try Self.render(persona: "xiaolin.yaml", catalog: "catalog.yaml")
        let aigc = try #require(clip.probe.tags["AIGC"] ?? clip.probe.tags["aigc"])
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(aigc.utf8)) as? [String: String])
        #expect(fields["Label"] == "1")
        #expect(fields["ContentProducer"] == clip.persona.brand)
        #expect(fields["ProduceID"] == clip.summary.label.contentID)
        #expect(clip.probe.tags["comment"]?.contains("AI-generated") == true)
        let sheet = try FFprobe.frameTags(clip.folder.path("sheet.png"))
        #expect(sheet["AIGC"].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }?["ProduceID"]
                    == clip.summary.label.contentID, "the contact sheet is labelled as the clip's: \(sheet)")
    }

    @Test func audioIsSpeechNotSilence() throws {
        let clip = try Self.render(persona: "ava.yaml", catalog: "catalog-en.yaml")
        let margin = 960  // 20 ms: AAC priming and resampler edges
        var speech: [Double] = [], pauses: [Double] = []
        for line in clip.summary.timedLines {
            speech.append(clip.audio.rms(line.start + margin..<line.speechEnd - margin))
            if line.end - line.speechEnd > 4 * margin {
                pauses.append(clip.audio.rms(line.speechEnd + 2 * margin..<line.end - margin))
            }
        }
        let speechLevel = speech.reduce(0, +) / Double(speech.count)
        let pauseLevel = pauses.max() ?? 0
        #expect(speechLevel > 0.02, "speech RMS \(speechLevel)")
        #expect(!pauses.isEmpty)
        #expect(speechLevel > 20 * pauseLevel, "speech RMS \(speechLevel), loudest pause RMS \(pauseLevel)")
    }

    @Test func pixelsShowLipSyncCaptionsAndTheAILabel() throws {
        let clip = try Self.render(persona: "xiaolin.yaml", catalog: "catalog.yaml")
        let layout = SceneLayout(video: Self.video)
        let spf = Self.video.samplesPerFrame
        let frames = clip.decoded.frames.count
        #expect(frames == clip.summary.frames)
        func viseme(_ frame: Int) -> Viseme { clip.summary.visemes.viseme(at: frame * spf + spf / 2) }

        // Mouth: a frame with an open mouth differs from a frame in a pause.
        let open = try #require((0..<frames).first { [.open, .wide].contains(viseme($0)) })
        let pause = try #require(clip.summary.timedLines.lazy.compactMap { line -> Int? in
            let frame = (line.speechEnd + line.end) / 2 / spf
            return viseme(frame) == .rest && frame < frames ? frame : nil
        }.first)
        let mouth = layout.mouthRect
        let mouthChange = clip.decoded.differingPixels(open, pause, x: mouth.x, y: mouth.y, width: mouth.width, height: mouth.height)
        #expect(mouthChange >= 4, "mouth pixels changed: \(mouthChange) between frame \(open) and \(pause)")

        // Caption: compared with the same frame drawn without a caption, the caption band holds glyphs.
        let compositor = try FrameCompositor(
            scene: SceneSpec(video: Self.video, look: clip.persona.look, aiLabel: clip.persona.aiLabel, card: nil),
            text: TextRenderer())
        let reference = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        let caption = layout.captionRect
        let spoken = clip.summary.timedLines[1]
        let frame = (spoken.start + spoken.speechEnd) / 2 / spf
        var glyphPixels = 0
        for y in caption.y..<caption.y + caption.height {
            for x in caption.x..<caption.x + caption.width {
                let p = clip.decoded.pixel(frame, x: x, y: y), q = reference.pixel(x: x, y: y)
                if abs(p.r - Int(q.r)) + abs(p.g - Int(q.g)) + abs(p.b - Int(q.b)) > 90 { glyphPixels += 1 }
            }
        }
        #expect(glyphPixels > caption.width * caption.height / 50, "caption glyph pixels: \(glyphPixels)")

        // AI label: non-background in the first and the last frame.
        let background = clip.persona.look.background
        let label = layout.labelRect
        for index in [0, frames - 1] {
            let ink = clip.decoded.pixelsUnlike((Int(background.r), Int(background.g), Int(background.b)), frame: index,
                                                x: label.x, y: label.y, width: label.width, height: label.height)
            #expect(ink > label.width * label.height / 4, "label pixels unlike the background in frame \(index): \(ink)")
        }
    }
}

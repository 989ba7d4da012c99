import Compositor
import Foundation
import MediaIO
import Playout
import StandInCore
import Testing
import TestSupport

/// `standin persona preview` on the real binary, and the sprite persona through the pipeline.
@Suite("Persona preview", .serialized)
struct PersonaPreviewTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func preview(_ persona: String = "personas/ava.yaml", catalog: String = "assets/demo/catalog-en.yaml",
                 product: String = "tea-01", out: String, extra: [String] = []) throws -> CommandResult {
        try run(standinBinary(), ["persona", "preview", repositoryPath(persona), "--catalog", repositoryPath(catalog),
                                  "--product", product, "--out", folder.path(out), "--size", "180x320"] + extra)
    }

    @Test func aStillIsARealFrameWithTheHostAndTheCaption() throws {
        let result = try preview(out: "still.png")
        #expect(result.status == 0, "\(result.stderr)")
        let image = try ImageDecoder.decode(path: folder.path("still.png"))
        #expect(image.width == 180 && image.height == 320)
        let look = try Persona.load(from: repositoryPath("personas/ava.yaml")).look
        let skin = (0..<image.height).reduce(0) { sum, y in
            sum + (0..<image.width).filter { image.pixel(x: $0, y: y) == look.skin }.count
        }
        #expect(skin > 500)
        // The caption band (dark, semi-transparent) at the bottom.
        let bottom = image.pixel(x: 20, y: 300)
        #expect(Int(bottom.r) + Int(bottom.g) + Int(bottom.b) < 3 * 150)
        #expect(try folder.contents() == ["still.png"])
    }

    @Test func aStillCarriesTheAIContentLabelInItsMetadata() throws {
        let result = try preview("personas/xiaolin.yaml", catalog: "assets/demo/catalog.yaml", out: "still.png")
        #expect(result.status == 0, "\(result.stderr)")
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let tags = try FFprobe.frameTags(folder.path("still.png"))
        let aigc = try JSONSerialization.jsonObject(with: Data((tags["AIGC"] ?? "").utf8)) as? [String: String]
        #expect(aigc?["Label"] == "1" && aigc?["ContentProducer"] == persona.brand, "\(tags)")
        #expect(tags["standin_persona"] == "xiaolin" && tags["standin_product"] == "tea-01")
        #expect(tags["standin_persona_version"] == persona.versionTag)
        // Every chunk's CRC checked by zlib, and the UTF-8 comment (iTXt, which ffprobe 5.1 skips).
        let chunks = try run("python3", ["-c", """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read(); at = 8
            while at < len(data):
                size, kind = struct.unpack('>I4s', data[at:at + 8]); body = data[at + 8:at + 8 + size]
                (crc,) = struct.unpack('>I', data[at + 8 + size:at + 12 + size])
                assert crc == zlib.crc32(kind + body), kind
                if kind == b'iTXt': print(body.split(b'\\0', 1)[0].decode(), body.split(b'\\0', 5)[5].decode())
                at += 12 + size
            """, folder.path("still.png")])
        #expect(chunks.status == 0, "\(chunks.stderr)")
        #expect(chunks.stdoutText.contains("Comment AI-generated content: virtual host rendered by StandIn for \(persona.brand)"),
                "\(chunks.stdoutText)")
    }

    @Test func theAudioIsSpeech() throws {
        let result = try preview("personas/xiaolin.yaml", catalog: "assets/demo/catalog.yaml", out: "speech.wav")
        #expect(result.status == 0, "\(result.stderr)")
        let probe = try MediaProbe(path: folder.path("speech.wav"))
        #expect(probe.audio?.sampleRate == 48_000 && probe.audio?.channels == 2 && probe.audio?.codecName == "pcm_s16le")
        let audio = try DecodedAudio(path: folder.path("speech.wav"))
        #expect(audio.samples.count > 48_000 * 5)
        #expect(audio.rms(0..<audio.samples.count) > 0.02)
    }

    @Test func aClipIsH264AndAACWithThePersonaVersion() throws {
        let result = try preview(out: "clip.mp4", extra: ["--preset", "ultrafast"])
        #expect(result.status == 0, "\(result.stderr)")
        let probe = try MediaProbe(path: folder.path("clip.mp4"))
        #expect(probe.video?.codecName == "h264" && probe.video?.width == 180)
        #expect(probe.audio?.codecName == "aac")
        let persona = try Persona.load(from: repositoryPath("personas/ava.yaml"))
        #expect(probe.tags["standin_persona_version"] == persona.versionTag)
        #expect((probe.duration ?? 0) > 2 && (probe.duration ?? 99) < 15)
    }

    @Test func aCustomLineIsSpokenWithPronunciations() throws {
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog.yaml"))
        let summary = try PersonaPreview().render(persona: persona, catalog: catalog, productID: "tea-01", options: PreviewOptions(
            outputPath: folder.path("line.wav"), video: VideoSettings(width: 180, height: 320, fps: 30), line: "欢迎来到茶舍。"))
        #expect(summary.lines.map(\.text) == ["欢迎来到茶舍。"])
        #expect(summary.lines.map(\.spoken) == ["欢迎来到cha2 she4。"])
        #expect(FileManager.default.fileExists(atPath: folder.path("line.wav")))
    }

    @Test(arguments: ["still.png", "speech.wav", "clip.mp4"])
    func aBadProductIsAnErrorAndLeavesNoFile(out: String) throws {
        let result = try preview(product: "nope", out: out)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no product with id 'nope'"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func anUnknownExtensionIsRejected() throws {
        let result = try preview(out: "preview.gif")
        #expect(result.status != 0 && result.stderr.contains(".png, .wav or .mp4"))
    }

    @Test func theSpritePersonaRendersItsLayersAndIsDeterministic() throws {
        let persona = try Persona.load(from: repositoryPath("personas/examples/momo.yaml"))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog-en.yaml"))
        let video = VideoSettings(width: 180, height: 320, fps: 30)
        var stills: [RGBAImage] = []
        for index in 0..<2 {
            let path = folder.path("momo\(index).png")
            _ = try PersonaPreview().render(persona: persona, catalog: catalog, productID: "tea-01",
                                            options: PreviewOptions(outputPath: path, video: video, seed: 5))
            stills.append(try ImageDecoder.decode(path: path))
        }
        #expect(stills[0].pixels == stills[1].pixels)
        let fur = RGBA(0xE8, 0x8A, 0x3C)  // base.png's fur (scripts/make-sprite-pack)
        let furPixels = (0..<320).reduce(0) { sum, y in sum + (0..<180).filter { stills[0].pixel(x: $0, y: y) == fur }.count }
        #expect(furPixels > 2_000, "\(furPixels) fur pixels")

        // The whole clip: mouth pixels change while speaking, frames repeat exactly for the same seed.
        let options = ClipRenderOptions(video: video, preset: "ultrafast", seed: 5, outputPath: folder.path("momo.mp4"))
        let summary = try ClipRenderer().render(persona: persona, catalog: catalog, productID: "tea-01", options: options)
        let decoded = try DecodedVideo(path: summary.outputPath, width: 180, height: 320)
        #expect(decoded.frames.count == summary.frames)
        let product = try #require(catalog.product(id: "tea-01"))
        let mouth = try FrameCompositor(scene: SceneSpec(persona: persona, product: product, catalog: catalog, video: video),
                                        text: TextRenderer()).layout.mouthRect
        let changes = (1..<decoded.frames.count).filter {
            decoded.differingPixels($0 - 1, $0, x: mouth.x, y: mouth.y, width: mouth.width, height: mouth.height) > 4
        }
        #expect(changes.count > 10, "mouth changed in \(changes.count) frames")
    }
}

import Compositor
import Foundation
import Playout
import StandInCore
import Testing
import TestSupport

/// A product picture that is really a text file costs its segments the picture, never the
/// stream (it used to exit 1 each time the product came up, and again on every restart).
@Suite("Degraded segments", .serialized)
struct DegradedSegmentTests {
    static let size = (width: 180, height: 320)

    /// The demo catalog with tea-01's picture replaced by a text file, and a channel that
    /// brings tea-01 back often, recording only.
    static func brokenPictureChannel(_ folder: TemporaryFolder) throws -> String {
        let goodPicture = repositoryPath("assets/demo/images/tea-tin.png")
        let broken = try folder.write("tea-tin.png", "this is a note about the tea tin, not a picture\n")
        let catalog = try folder.write("catalog.yaml", try demoCatalogText().replacingOccurrences(of: goodPicture, with: broken))
        return try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(catalog)
            time_zone: Asia/Shanghai
            video: {size: \(size.width)x\(size.height), fps: 30}
            audio: {music_bed: builtin}
            rotation: {min_gap_minutes: 1, weights: {tea-01: 6}}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: rec/room.flv}
            """)
    }

    @Test("a text file as a product picture: three turns of the product air without it, exit 0, as-run says so")
    func brokenPictureStreamsOn() throws {
        let folder = try TemporaryFolder()
        let channel = try Self.brokenPictureChannel(folder)
        let process = try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T14:00:00+08:00",
            "--speed", "0", "--duration", "420", "--lookahead", "1",
        ], logPrefix: folder.path("stream"))
        let status = process.wait(timeout: .seconds(600))
        if status == nil { process.kill() }
        #expect(status == 0, "\(process.stderr.suffix(2_000))")

        let records = try AsRunLog.read(folder: folder.path("state/asrun"))
        let tea = records.filter { $0.productID == "tea-01" }
        let turns = records.indices.filter { records[$0].productID == "tea-01" && ($0 == 0 || records[$0 - 1].productID != "tea-01") }
        #expect(turns.count >= 3, "tea-01 turns: \(turns.count) in \(records.map { $0.productID ?? "-" })")
        #expect(!tea.isEmpty && tea.allSatisfy { $0.degraded?.contains { $0.part == .picture } == true })
        #expect(tea.allSatisfy { !$0.lines.isEmpty }, "the segments still speak")
        let others = records.filter { $0.productID != "tea-01" }
        #expect(others.allSatisfy { $0.degraded == nil }, "\(others.compactMap(\.degraded))")
        #expect(process.stderr.contains("segment degraded part=picture reason="))
        #expect(process.stderr.contains(folder.path("tea-tin.png")), "the reason names the file")

        // The picture area of the card, as drawn with and without the picture: the recording shows the latter.
        let recordings = try FileManager.default.contentsOfDirectory(atPath: folder.path("rec")).filter { $0.hasSuffix(".flv") }
        #expect(recordings.count == 1, "one session: \(recordings)")
        let recording = folder.path("rec/" + (try #require(recordings.first)))
        let references = try Self.cardReferences(catalog: folder.path("catalog.yaml"))
        for index in turns.prefix(3) {
            let record = records[index]
            let seconds = Double(record.ptsStart + min(record.length / 2, 48_000)) / 48_000
            let frame = try Self.frame(of: recording, at: seconds)
            let (likeWithout, likeWith) = references.closeness(of: frame)
            #expect(likeWithout > 200 && likeWithout > 4 * likeWith,
                    "segment \(record.index) at \(seconds) s: \(likeWithout) pixels like the card without picture, \(likeWith) like with it")
        }
    }

    @Test("channel validate refuses the same channel, naming the catalog line and the file")
    func validateNamesTheBrokenPicture() throws {
        let folder = try TemporaryFolder()
        let channel = try Self.brokenPictureChannel(folder)
        let result = try run(standinBinary(), ["channel", "validate", channel])
        #expect(result.status == 1)
        #expect(result.stderr.contains(folder.path("catalog.yaml") + ":"), "\(result.stderr)")
        #expect(result.stderr.contains("product 'tea-01': image cannot be shown"), "\(result.stderr)")
        // Only StandIn's own line, not libav's `[png @ 0x…]` repeating it without a file.
        #expect(!result.stderr.contains("@ 0x") && !result.stderr.contains("[png"), "\(result.stderr)")
    }

    /// The RGB24 frame nearest `seconds` into `path`.
    static func frame(of path: String, at seconds: Double) throws -> [UInt8] {
        let data = try FFprobe.run("ffmpeg", ["-v", "error", "-ss", String(format: "%.3f", seconds), "-i", path,
                                              "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
        return [UInt8](data)
    }

    /// tea-01's card drawn by the compositor with its real picture and without one.
    static func cardReferences(catalog path: String) throws -> CardReferences {
        let catalog = try Catalog.load(from: path)
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let product = try #require(catalog.product(id: "tea-01"))
        let picture = try decodeRGBA(repositoryPath("assets/demo/images/tea-tin.png"))
        let text = try TextRenderer()
        let video = VideoSettings(width: size.width, height: size.height, fps: 30)
        func draw(_ image: RGBAImage?) throws -> RGBAImage {
            let card = ProductCard(name: product.name, priceText: catalog.priceFormat.string(product.price),
                                   listPriceText: product.listPrice.map(catalog.priceFormat.string), image: image)
            let scene = SceneSpec(video: video, look: persona.look, aiLabel: persona.aiLabel, card: card)
            return try FrameCompositor(scene: scene, text: text).render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        }
        return CardReferences(with: try draw(picture), without: try draw(nil))
    }

    static func decodeRGBA(_ path: String) throws -> RGBAImage {
        let header = try #require(PNGHeader(try Data(contentsOf: URL(fileURLWithPath: path))))
        let data = try FFprobe.run("ffmpeg", ["-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgba", "-"])
        return RGBAImage(width: header.width, height: header.height, pixels: [UInt8](data))
    }
}

/// Two renderings of the same scene that differ only in the card's picture.
struct CardReferences {
    var with: RGBAImage
    var without: RGBAImage

    /// Over the pixels where the two renderings differ clearly: how many of `frame`'s (RGB24)
    /// are near the one without the picture, and how many near the one with it.
    func closeness(of frame: [UInt8]) -> (without: Int, with: Int) {
        var likeWithout = 0, likeWith = 0
        for pixel in 0..<(with.width * with.height) where pixel * 3 + 2 < frame.count {
            let a = (0..<3).map { Int(with.pixels[pixel * 4 + $0]) }, b = (0..<3).map { Int(without.pixels[pixel * 4 + $0]) }
            let f = (0..<3).map { Int(frame[pixel * 3 + $0]) }
            let apart = zip(a, b).map { abs($0 - $1) }.reduce(0, +)
            guard apart > 120 else { continue }
            let toWith = zip(f, a).map { abs($0 - $1) }.reduce(0, +), toWithout = zip(f, b).map { abs($0 - $1) }.reduce(0, +)
            if toWithout * 3 < toWith { likeWithout += 1 } else if toWith * 3 < toWithout { likeWith += 1 }
        }
        return (likeWithout, likeWith)
    }
}

import Compositor
import Foundation
import StandInCore
import Testing
import TestSupport
@testable import Playout

/// What fails while building a segment costs that segment a part, never the stream.
@Suite("Segment degradation")
struct DegradationTests {
    static let video = VideoSettings(width: 180, height: 320, fps: 30)

    /// The demo catalog with tea-01's picture swapped for `replacement` (a path).
    static func catalog(teaPicture replacement: String, in folder: TemporaryFolder) throws -> Catalog {
        let text = try demoCatalogText().replacingOccurrences(of: repositoryPath("assets/demo/images/tea-tin.png"), with: replacement)
        return try Catalog.load(from: try folder.write("catalog.yaml", text))
    }

    static func persona() throws -> Persona { try Persona.load(from: repositoryPath("personas/xiaolin.yaml")) }

    @Test("a picture that is a text file or a folder: the card without it, noted as picture", arguments: ["text", "folder"])
    func pictureNotDecoded(kind: String) throws {
        let folder = try TemporaryFolder()
        let bad = kind == "text" ? try folder.write("tin.png", "not a picture") : folder.path("tin-folder")
        if kind == "folder" { try FileManager.default.createDirectory(atPath: bad, withIntermediateDirectories: true) }
        var built: [SceneSpec] = []
        let scenes = try SceneCache(persona: Self.persona(), catalog: Self.catalog(teaPicture: bad, in: folder), video: Self.video) {
            built.append($0)
            return try FrameCompositor(scene: $0, text: $1)
        }
        _ = try scenes.compositor(for: "tea-01")
        #expect(built.last?.card?.name == "明前龙井" && built.last?.card?.image == nil)
        let notes = scenes.degradations(for: "tea-01")
        #expect(notes.map(\.part) == [.picture])
        #expect(notes.first?.reason.contains(bad) == true, "\(notes)")
        _ = try scenes.compositor(for: "mug-02")
        #expect(scenes.degradations(for: "mug-02").isEmpty)
        #expect(built.last?.card?.image != nil)
    }

    @Test("a card the compositor cannot lay out: the scene without the card, noted as card")
    func cardNotLaidOut() throws {
        struct LayoutFailure: Error, CustomStringConvertible { var description: String { "no room for the card" } }
        let scenes = try SceneCache(persona: Self.persona(), catalog: Catalog.load(from: repositoryPath("assets/demo/catalog.yaml")),
                                    video: Self.video) { scene, text in
            if scene.card != nil { throw LayoutFailure() }
            return try FrameCompositor(scene: scene, text: text)
        }
        _ = try scenes.compositor(for: "tea-01")
        #expect(scenes.degradations(for: "tea-01") == [Degradation(part: .card, reason: "no room for the card")])
        _ = try scenes.compositor(for: nil)
        #expect(scenes.degradations(for: nil).isEmpty, "a scene without a card loses nothing")
    }

    @Test("a music bed that is not audio: no music, speech passes through, noted as music")
    func musicNotAudio() throws {
        let folder = try TemporaryFolder()
        let bed = try folder.write("bed.mp3", String(repeating: "not music at all\n", count: 100))
        var mixer = LiveMixer(musicBed: bed, gainDB: -14)
        #expect(mixer.failure?.part == .music)
        #expect(mixer.failure?.reason.contains(bed) == true)
        let speech = ArraySlice([Float](repeating: 0.25, count: 3_200))
        #expect(mixer.mix(speech, at: 0, spans: []) == Array(speech))
        let builtin = LiveMixer(musicBed: "builtin", gainDB: -14)
        #expect(builtin.failure == nil)
    }

    @Test("faults are kept once each and handed over once")
    func faultsTakenOnce() {
        let faults = SegmentFaults()
        struct Failure: Error, CustomStringConvertible { var description: String { "boom" } }
        faults.note(.music, Failure())
        faults.note(.music, Failure())
        faults.skipped(line: "你好。", Failure())
        #expect(faults.skippedLines == ["你好。"])
        #expect(faults.take() == [Degradation(part: .music, reason: "boom"), Degradation(part: .line, reason: "boom")])
        #expect(faults.take().isEmpty && faults.skippedLines.isEmpty)
    }

    @Test("an as-run entry without degradations has no degraded field; with them, part and reason, read back")
    func asRunField() throws {
        var record = AsRunLogTests.record(index: 3, start: 0, at: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(!String(decoding: try JSONEncoder.standIn.encode(record), as: UTF8.self).contains("degraded"))
        record.degraded = [Degradation(part: .picture, reason: "cannot open image 'tin.png'")]
        let json = String(decoding: try JSONEncoder.standIn.encode(record), as: UTF8.self)
        #expect(json.contains("\"degraded\":[{") && json.contains("\"part\":\"picture\""), "\(json)")
        #expect(try JSONDecoder.standIn.decode(AsRunRecord.self, from: Data(json.utf8)) == record)
    }
}

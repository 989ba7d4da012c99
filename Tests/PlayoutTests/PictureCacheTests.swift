import Foundation
import StandInCore
import Testing
import TestSupport
@testable import Playout

/// Product pictures are decoded once and kept within a byte budget, so a product that comes
/// round again opens no file (the process may be out of file handles by then).
@Suite("Picture cache")
struct PictureCacheTests {
    static func image(_ side: Int) -> RGBAImage { RGBAImage(width: side, height: side) }

    @Test("a picture is decoded once; the one used longest ago leaves when the budget is full")
    func decodesOnceWithinBudget() throws {
        var decoded: [String] = []
        var cache = PictureCache(budgetBytes: 3 * 400) { path in   // 10x10 RGBA = 400 bytes
            decoded.append(path)
            return Self.image(10)
        }
        for path in ["a", "b", "a", "c", "a", "d", "b"] { _ = try cache.picture(at: path) }
        #expect(decoded == ["a", "b", "c", "d", "b"])
        #expect(cache.paths == ["a", "d", "b"])
        #expect(cache.bytes == 1_200)
    }

    @Test("a picture larger than the budget is returned and not kept; a failed decode is not kept")
    func largeAndFailed() throws {
        struct Unreadable: Error {}
        var calls = 0
        var cache = PictureCache(budgetBytes: 500) { path in
            calls += 1
            if path == "bad" { throw Unreadable() }
            return Self.image(path == "big" ? 20 : 10)
        }
        #expect(try cache.picture(at: "big").width == 20)
        #expect(throws: Unreadable.self) { try cache.picture(at: "bad") }
        #expect(throws: Unreadable.self) { try cache.picture(at: "bad") }
        #expect(cache.paths.isEmpty && calls == 3)
    }

    @Test("a kept picture still shows on its card after its file can no longer be opened")
    func keptAfterFileGone() throws {
        let folder = try TemporaryFolder()
        let picture = folder.path("tea.png")
        try FileManager.default.copyItem(atPath: repositoryPath("assets/demo/images/tea-tin.png"), toPath: picture)
        var text = try String(contentsOfFile: repositoryPath("assets/demo/catalog.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "image: images/tea-tin.png", with: "image: \(picture)")
        text = text.replacingOccurrences(of: "image: images/", with: "image: \(repositoryPath("assets/demo/images"))/")
        let catalog = try Catalog.load(from: try folder.write("catalog.yaml", text))
        let scenes = try SceneCache(persona: Persona.load(from: repositoryPath("personas/xiaolin.yaml")), catalog: catalog,
                                    video: VideoSettings(width: 180, height: 320, fps: 30))
        _ = try scenes.compositor(for: "tea-01")
        #expect(scenes.degradations(for: "tea-01").isEmpty)
        try FileManager.default.removeItem(atPath: picture)
        _ = try scenes.compositor(for: "mug-02")                 // the tea scene is let go
        _ = try scenes.compositor(for: "tea-01")                 // and built again without its file
        #expect(scenes.degradations(for: "tea-01").isEmpty, "\(scenes.degradations(for: "tea-01"))")
    }
}

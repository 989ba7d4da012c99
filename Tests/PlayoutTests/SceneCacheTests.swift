import Compositor
import StandInCore
import Testing
import TestSupport
@testable import Playout

/// One scene resident at a time: the old one (and the frame it drew) is let go before the
/// next is built, so a product change never holds two 720x1280 scenes.
@Suite("Scene cache")
struct SceneCacheTests {
    static let video = VideoSettings(width: 180, height: 320, fps: 30)

    static func cache(build: @escaping (SceneSpec, TextRenderer) throws -> FrameCompositor
                        = { try FrameCompositor(scene: $0, text: $1) }) throws -> SceneCache {
        try SceneCache(persona: Persona.load(from: repositoryPath("personas/xiaolin.yaml")),
                       catalog: Catalog.load(from: repositoryPath("assets/demo/catalog.yaml")), video: video, build: build)
    }

    @Test func aNewSceneIsBuiltOnlyAfterTheOldOneIsGone() throws {
        weak var old: FrameCompositor?
        var aliveAtBuild: [Bool] = []
        let scenes = try Self.cache { scene, text in
            aliveAtBuild.append(old != nil)
            return try FrameCompositor(scene: scene, text: text)
        }
        var frames = FrameCursor()
        do {
            let tea = try scenes.compositor(for: "tea-01")
            #expect(scenes.holds("tea-01") && !scenes.holds("mug-02") && !scenes.holds(nil))
            #expect(try scenes.compositor(for: "tea-01") === tea)   // asked again: the same, not rebuilt
            _ = frames.show(FrameState(viseme: .rest, eyes: .open, caption: "大家好"), with: tea)
            old = tea
        }
        frames.forget()   // what the render loop does before asking for a scene the cache lacks
        let mug = try scenes.compositor(for: "mug-02")
        #expect(aliveAtBuild == [false, false], "the tea scene was still alive when the mug's was built")
        #expect(scenes.holds("mug-02") && !scenes.holds("tea-01"))
        #expect(mug.base.width == Self.video.width && mug.base.height == Self.video.height)
    }

    @Test func aForgettingCursorDrawsTheNextFrameWhole() throws {
        let scenes = try Self.cache()
        let scene = try scenes.compositor(for: nil)
        var frames = FrameCursor()
        let state = FrameState(viseme: .rest, eyes: .open, caption: nil)
        #expect(frames.show(state, with: scene) == nil)            // first frame: whole
        #expect(frames.show(state, with: scene) == [])             // nothing changed
        frames.forget()
        #expect(frames.image.width == 2)                           // the scene is let go
        #expect(frames.show(state, with: scene) == nil)            // and drawn whole again
        #expect(frames.image.pixels == scene.render(state).pixels)
        // The frame is the scene's own storage: handing it to the encoder (a temporary copy
        // of the value, as in EncodeSession.encode) and drawing on never copies it.
        let address = { scene.base.pixels.withUnsafeBufferPointer { $0.baseAddress } }
        let storage = address()
        for caption in ["一", "二", nil, "三"] {
            do {   // released before the next frame is drawn, as the engine's encode call does
                let encoded = frames.image
                #expect(encoded.pixels.withUnsafeBufferPointer { $0.baseAddress } == storage)
            }
            _ = frames.show(FrameState(viseme: .open, eyes: .closed, caption: caption), with: scene)
            #expect(address() == storage, "drawing copied the frame")
        }
    }
}

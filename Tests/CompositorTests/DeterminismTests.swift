import Testing
@testable import Compositor
import StandInCore

@Suite struct DeterminismTests {
    @Test func sameStateGivesIdenticalBytes() throws {
        let state = FrameState(viseme: .wide, eyes: .half, caption: "同样的输入，同样的像素")
        let a = try Fixtures.compositor(), b = try Fixtures.compositor()
        let first = a.render(state)
        #expect(a.render(state).pixels == first.pixels)
        #expect(b.render(state).pixels == first.pixels)
    }

    @Test func renderIntoMatchesRenderAndReusesTheFrame() throws {
        let compositor = try Fixtures.compositor()
        var frame = RGBAImage(width: 2, height: 2)  // wrong size: replaced
        for state in [FrameState(viseme: .open, eyes: .closed, caption: "一"),
                      FrameState(viseme: .rest, eyes: .open, caption: nil),
                      FrameState(viseme: .teeth, eyes: .half, caption: "Two")] {
            compositor.render(state, into: &frame)
            #expect(frame == compositor.render(state))
        }
    }

    @Test func invalidVideoIsAnError() throws {
        let scene = SceneSpec(video: VideoSettings(width: 181, height: 320, fps: 30), look: Fixtures.look,
                              aiLabel: "AI", card: nil)
        #expect(throws: CompositorError.self) { try FrameCompositor(scene: scene, text: TextRenderer()) }
        let tiny = SceneSpec(video: VideoSettings(width: 64, height: 64, fps: 30), look: Fixtures.look, aiLabel: "AI", card: nil)
        #expect(throws: CompositorError.self) { try FrameCompositor(scene: tiny, text: TextRenderer()) }
    }
}

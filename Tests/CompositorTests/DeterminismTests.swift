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

    /// The live path draws into the base itself: each frame still equals a fresh compositor's
    /// full render (a caption that goes away leaves nothing behind), and no copy is made.
    @Test func advanceDrawsInPlaceAndMatchesAFreshRender() throws {
        let live = try Fixtures.compositor(), fresh = try Fixtures.compositor()
        let address = { live.base.pixels.withUnsafeBufferPointer { $0.baseAddress } }
        let storage = address()
        var previous: FrameState?
        for state in [FrameState(viseme: .open, eyes: .closed, caption: "第一句"),
                      FrameState(viseme: .rest, eyes: .open, caption: nil),
                      FrameState(viseme: .rest, eyes: .open, caption: nil),
                      FrameState(viseme: .teeth, eyes: .half, caption: "Two")] {
            let changed = live.advance(from: previous, to: state)
            #expect(live.base == fresh.render(state), "\(state)")
            #expect(address() == storage, "advance copied the frame at \(state)")
            if previous == state { #expect(changed.isEmpty) }
            previous = state
        }
        #expect(address() == storage, "advance copied the frame")
        #expect(live.render(FrameState(viseme: .rest, eyes: .open, caption: nil)) == fresh.render(FrameState(viseme: .rest, eyes: .open, caption: nil)))
    }

    @Test func invalidVideoIsAnError() throws {
        let scene = SceneSpec(video: VideoSettings(width: 181, height: 320, fps: 30), look: Fixtures.look,
                              aiLabel: "AI", card: nil)
        #expect(throws: CompositorError.self) { try FrameCompositor(scene: scene, text: TextRenderer()) }
        let tiny = SceneSpec(video: VideoSettings(width: 64, height: 64, fps: 30), look: Fixtures.look, aiLabel: "AI", card: nil)
        #expect(throws: CompositorError.self) { try FrameCompositor(scene: tiny, text: TextRenderer()) }
    }
}

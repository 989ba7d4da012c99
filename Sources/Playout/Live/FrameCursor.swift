import Compositor
import StandInCore

/// The frame being shown and how it got there: which compositor drew it and in what state,
/// so the next frame redraws (and the encoder converts) only what changed. The frame is the
/// compositor's own base, drawn over in place (`FrameCompositor.advance`): a cursor holds
/// no pixels of its own.
struct FrameCursor {
    private static let nothing = RGBAImage(width: 2, height: 2)
    private var compositor: FrameCompositor?
    private var shown: FrameState?
    private var count = 0

    /// The frame last drawn (a 2x2 placeholder before the first).
    var image: RGBAImage { compositor?.base ?? Self.nothing }

    /// Moves the frame to `state` drawn by `compositor`; returns the changed areas, or nil
    /// when the whole frame changed (a new scene, or the first frame after `forget`).
    mutating func show(_ state: FrameState, with compositor: FrameCompositor) -> [PixelRect]? {
        guard self.compositor === compositor, let shown else {
            self.compositor = compositor
            compositor.advance(from: nil, to: state)
            shown = state
            return nil
        }
        let changed = compositor.advance(from: shown, to: state)
        self.shown = state
        return changed
    }

    /// The session frame number of the frame just drawn.
    mutating func next() -> Int {
        defer { count += 1 }
        return count
    }

    /// Something else was encoded meanwhile (a relayed feed), or a new scene is about to be
    /// built (this lets go of the old one first): the next frame is drawn and converted whole.
    mutating func forget() {
        compositor = nil
        shown = nil
    }

    /// A new session numbers frames from 0 again.
    mutating func restart() { count = 0 }
}

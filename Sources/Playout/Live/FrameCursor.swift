import Compositor
import StandInCore

/// The frame being shown and how it got there: which compositor drew it and in what state,
/// so the next frame redraws (and the encoder converts) only what changed.
struct FrameCursor {
    private(set) var image = RGBAImage(width: 2, height: 2)
    private var compositor: FrameCompositor?
    private var shown: FrameState?
    private var count = 0

    /// Moves the image to `state` drawn by `compositor`; returns the changed areas, or nil
    /// when the whole frame changed (a new scene).
    mutating func show(_ state: FrameState, with compositor: FrameCompositor) -> [PixelRect]? {
        if self.compositor !== compositor {
            self.compositor = compositor
            image = compositor.base
            shown = nil
            compositor.update(&image, from: nil, to: state)
            shown = state
            return nil
        }
        let changed = compositor.update(&image, from: shown, to: state)
        shown = state
        return changed
    }

    /// The session frame number of the frame just drawn.
    mutating func next() -> Int {
        defer { count += 1 }
        return count
    }

    /// Something else was encoded meanwhile (a relayed feed): the next frame is drawn and
    /// converted whole.
    mutating func forget() {
        compositor = nil
        shown = nil
    }

    /// A new session numbers frames from 0 again.
    mutating func restart() { count = 0 }
}

import StandInCore

/// What the compositor needs from an avatar: the static body for the base image, eyes and
/// mouth per state for their patches, and where those patches are. `AvatarPainter` draws
/// the built-in host; `SpritePainter` places a brand's sprite layers.
///
/// ```swift
/// let art: any AvatarArt = AvatarPainter(layout: layout, look: look)
/// art.paintBody(on: &canvas)
/// var patch = Canvas(copying: art.mouthRect, of: base)
/// art.paintMouth(.open, on: &patch)
/// ```
/// Eyes and mouth must draw only inside their rectangles, which must not overlap each other,
/// the caption band or the card.
protocol AvatarArt {
    var eyesRect: PixelRect { get }
    var mouthRect: PixelRect { get }
    func paintBody(on canvas: inout Canvas)
    func paintEyes(_ state: EyeState, on canvas: inout Canvas)
    func paintMouth(_ viseme: Viseme, on canvas: inout Canvas)
}

extension AvatarPainter: AvatarArt {
    var eyesRect: PixelRect { layout.eyesRect }
    var mouthRect: PixelRect { layout.mouthRect }
}

import StandInCore

/// Places a sprite pack in the avatar's area: the base layer is scaled (aspect kept, centred)
/// into `SceneLayout.avatarRect`, and the eyes and mouth layers over it. The eyes and mouth
/// patches are the frame areas their layers cover (any state), kept above the product card.
struct SpritePainter: AvatarArt {
    let layout: SceneLayout
    let sprites: SpriteImages
    /// Where the layers land in the frame.
    let placed: PixelRect
    let eyesRect: PixelRect
    let mouthRect: PixelRect

    init(layout: SceneLayout, sprites: SpriteImages) throws {
        self.layout = layout
        self.sprites = sprites
        let placed = Canvas.fit(width: sprites.base.width, height: sprites.base.height, into: layout.avatarRect)
        self.placed = placed
        // Only the part above the card is ever visible; the card is painted over the rest.
        let visible = PixelRect(x: layout.avatarRect.x, y: layout.avatarRect.y, width: layout.avatarRect.width,
                                height: layout.cardRect.y - layout.avatarRect.y).intersection(layout.frame)
        func frameArea(_ layers: [RGBAImage], _ name: String) throws -> PixelRect {
            let source = SpriteImages.opaqueBounds(of: layers)
            guard !source.isEmpty else { throw CompositorError.invalidSprites(problem: "the \(name) layers are fully transparent") }
            let scaleX = Double(placed.width) / Double(sprites.base.width)
            let scaleY = Double(placed.height) / Double(sprites.base.height)
            // One pixel more on each side: the box filter reads a pixel's whole footprint.
            let left = placed.x + Int((Double(source.x) * scaleX).rounded(.down)) - 1
            let top = placed.y + Int((Double(source.y) * scaleY).rounded(.down)) - 1
            let right = placed.x + Int((Double(source.maxX) * scaleX).rounded(.up)) + 1
            let bottom = placed.y + Int((Double(source.maxY) * scaleY).rounded(.up)) + 1
            let area = PixelRect(x: left, y: top, width: right - left, height: bottom - top).intersection(visible)
            guard !area.isEmpty else { throw CompositorError.invalidSprites(problem: "the \(name) layers lie behind the product card") }
            return area
        }
        eyesRect = try frameArea(EyeState.allCases.compactMap { sprites.eyes[$0] }, "eyes")
        mouthRect = try frameArea(Viseme.allCases.compactMap { sprites.mouths[$0] }, "mouth")
        guard eyesRect.intersection(mouthRect).isEmpty else {
            throw CompositorError.invalidSprites(
                problem: "the eyes layers and the mouth layers overlap (in the frame at \(eyesRect) and \(mouthRect)); keep them apart so each can change alone")
        }
    }

    func paintBody(on canvas: inout Canvas) {
        canvas.draw(sprites.base, fitting: layout.avatarRect)
    }

    func paintEyes(_ state: EyeState, on canvas: inout Canvas) {
        if let layer = sprites.eyes[state] { canvas.draw(layer, fitting: layout.avatarRect) }
    }

    func paintMouth(_ viseme: Viseme, on canvas: inout Canvas) {
        if let layer = sprites.mouths[viseme] { canvas.draw(layer, fitting: layout.avatarRect) }
    }
}

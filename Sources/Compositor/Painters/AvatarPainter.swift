import StandInCore

/// Draws the 2D host from the persona's colours and style (hair, face shape, neckline):
/// body, hair and face once into the base image, and eyes and mouth per state into their
/// own small patches. Styles change only the base; eyes and mouth sit where the layout says.
///
/// All positions derive from the head ellipse in `SceneLayout`, in units of the head's
/// vertical radius `s` and horizontal radius `rx`, so the avatar scales with the frame.
struct AvatarPainter {
    let layout: SceneLayout
    let look: Persona.Look

    var cx: Double { layout.head.cx }
    var cy: Double { layout.head.cy }
    var rx: Double { layout.head.rx }
    var s: Double { layout.head.ry }

    /// Everything that never moves: halo, hair, neck, shoulders, face, brows, nose, blush.
    func paintBody(on canvas: inout Canvas) {
        let neckColor = look.skin.darker(0.12)
        canvas.fillEllipse(Ellipse(cx: cx, cy: cy + 0.35 * s, rx: 2.1 * rx, ry: 1.75 * s),
                           color: look.background.mixed(with: look.accent, 0.12).lighter(0.1))
        paintBackHair(on: &canvas)
        canvas.fillRoundedRect(minX: cx - 0.32 * rx, minY: cy + 0.5 * s, maxX: cx + 0.32 * rx, maxY: cy + 1.4 * s,
                               radius: 0.15 * rx, color: neckColor)
        paintShoulders(on: &canvas, neckColor: neckColor)
        let face = self.face
        for side in [-1.0, 1.0] {
            canvas.fillEllipse(Ellipse(cx: cx + side * 0.97 * face.rx, cy: cy + 0.08 * s, rx: 0.15 * rx, ry: 0.2 * s),
                               color: look.skin.darker(0.06))
        }
        canvas.fillEllipse(face, color: look.skin)
        paintFringe(on: &canvas)
        for side in [-1.0, 1.0] {
            // Brows: the top of a thin ring above each eye.
            let brow = Ellipse(cx: cx + side * 0.36 * rx, cy: cy - 0.08 * s, rx: 0.22 * rx, ry: 0.12 * s)
            let thickness = max(1.2, 0.045 * s), top = brow.cy - 0.04 * s
            canvas.paint(Canvas.box(minX: brow.cx - brow.rx, minY: brow.cy - brow.ry, maxX: brow.cx + brow.rx, maxY: top),
                         color: look.hair.darker(0.25)) { x, y in
                Canvas.ringCoverage(brow, thickness: thickness, x, y) * Canvas.coverage(distance: y - top)
            }
            canvas.fillEllipse(Ellipse(cx: cx + side * 0.56 * rx, cy: cy + 0.33 * s, rx: 0.17 * rx, ry: 0.075 * s),
                               color: look.mouth.withAlpha(56))
        }
        canvas.fillEllipse(Ellipse(cx: cx, cy: cy + 0.3 * s, rx: 0.07 * rx, ry: 0.045 * s), color: look.skin.darker(0.16))
    }

    /// The face outline: the layout's head, a little wider for a round face.
    var face: Ellipse {
        switch look.faceShape {
        case .oval: layout.head
        case .round: Ellipse(cx: cx, cy: cy + 0.03 * s, rx: 1.1 * rx, ry: 0.97 * s)
        }
    }

    /// Hair behind the head: down to the shoulders, to the jaw, or short with a bun on top.
    private func paintBackHair(on canvas: inout Canvas) {
        switch look.hairStyle {
        case .long:
            canvas.fillEllipse(Ellipse(cx: cx, cy: cy - 0.12 * s, rx: 1.2 * rx, ry: 1.08 * s), color: look.hair)
            canvas.fillRoundedRect(minX: cx - 1.2 * rx, minY: cy - 0.2 * s, maxX: cx + 1.2 * rx, maxY: cy + 1.45 * s,
                                   radius: 0.5 * rx, color: look.hair.darker(0.08))
        case .short:
            canvas.fillEllipse(Ellipse(cx: cx, cy: cy - 0.1 * s, rx: 1.18 * rx, ry: 1.0 * s), color: look.hair)
        case .bun:
            canvas.fillEllipse(Ellipse(cx: cx, cy: cy - 1.12 * s, rx: 0.5 * rx, ry: 0.36 * s), color: look.hair.darker(0.08))
            canvas.fillEllipse(Ellipse(cx: cx, cy: cy - 0.1 * s, rx: 1.14 * rx, ry: 1.0 * s), color: look.hair)
        }
    }

    /// Outfit from the shoulders down behind the card, with a round or V neckline and trim.
    private func paintShoulders(on canvas: inout Canvas, neckColor: RGBA) {
        let top = cy + 1.22 * s
        let bottom = Double(layout.cardRect.y) + Double(layout.cardRect.height) / 2
        canvas.fillRoundedRect(minX: cx - 2.05 * rx, minY: top, maxX: cx + 2.05 * rx, maxY: max(bottom, top + s),
                               radius: 0.9 * rx, color: look.outfit)
        if look.outfitStyle == .vNeck {
            paintVNeck(on: &canvas, top: top, halfWidth: 0.5 * rx, depth: 0.75 * s, color: look.accent)
            paintVNeck(on: &canvas, top: top, halfWidth: 0.42 * rx, depth: 0.62 * s, color: neckColor)
            return
        }
        let neckline = Ellipse(cx: cx, cy: top, rx: 0.45 * rx, ry: 0.32 * s)
        canvas.fillEllipse(neckline, color: neckColor)
        let trim = Ellipse(cx: cx, cy: top, rx: neckline.rx + 0.06 * rx, ry: neckline.ry + 0.06 * rx)
        canvas.paint(Canvas.box(minX: trim.cx - trim.rx, minY: top, maxX: trim.cx + trim.rx, maxY: top + trim.ry),
                     color: look.accent) { x, y in
            Canvas.ringCoverage(trim, thickness: 0.07 * rx, x, y) * Canvas.coverage(distance: top - y)
        }
    }

    /// Hair over the forehead and locks framing the face; stays clear of the eyes.
    private func paintFringe(on canvas: inout Canvas) {
        canvas.fillEllipse(Ellipse(cx: cx, cy: cy - 0.74 * s, rx: 1.06 * rx, ry: 0.48 * s), color: look.hair)
        canvas.fillEllipse(Ellipse(cx: cx - 0.42 * rx, cy: cy - 0.56 * s, rx: 0.7 * rx, ry: 0.3 * s), color: look.hair)
        for side in [-1.0, 1.0] {
            canvas.fillEllipse(Ellipse(cx: cx + side * 0.93 * rx, cy: cy - 0.12 * s, rx: 0.2 * rx, ry: 0.62 * s),
                               color: look.hair)
        }
    }

    /// A downward triangle from the neckline: `halfWidth` wide at `top`, closing `depth` below.
    private func paintVNeck(on canvas: inout Canvas, top: Double, halfWidth: Double, depth: Double, color: RGBA) {
        let slope = halfWidth / depth, norm = (1 + slope * slope).squareRoot()
        canvas.paint(Canvas.box(minX: cx - halfWidth, minY: top - 1, maxX: cx + halfWidth, maxY: top + depth),
                     color: color) { x, y in
            // Distance outside the V's slanted sides, and below the neckline's top edge.
            let side = (abs(x - cx) - halfWidth * (1 - (y - top) / depth)) / norm
            return Canvas.coverage(distance: side) * Canvas.coverage(distance: top - y)
        }
    }
}

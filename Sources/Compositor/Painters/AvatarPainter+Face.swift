import StandInCore

/// The moving parts: eyes per `EyeState`, mouth per `Viseme`. Each draws only inside its
/// layout rectangle, on a canvas that starts as a copy of the base image there.
extension AvatarPainter {
    /// Eyes open (white, iris, pupil, highlight, lashes), half-lidded, or closed (lash arcs).
    func paintEyes(_ state: EyeState, on canvas: inout Canvas) {
        let lash = look.eyes.darker(0.55)
        for side in [-1.0, 1.0] {
            let eye = Ellipse(cx: cx + side * 0.36 * rx, cy: cy + 0.04 * s, rx: 0.15 * s, ry: 0.105 * s)
            let weight = max(1.1, 0.2 * eye.ry)
            if state == .closed {
                // A downward arc: the lower part of a ring.
                let arc = Ellipse(cx: eye.cx, cy: eye.cy - 0.3 * eye.ry, rx: eye.rx * 1.05, ry: eye.ry * 0.75)
                canvas.paint(Canvas.box(minX: arc.cx - arc.rx, minY: arc.cy, maxX: arc.cx + arc.rx, maxY: arc.cy + arc.ry),
                             color: lash) { x, y in
                    Canvas.ringCoverage(arc, thickness: weight, x, y) * Canvas.coverage(distance: arc.cy - y)
                }
                continue
            }
            canvas.fillEllipse(eye, color: RGBA(0xFB, 0xFB, 0xF8))
            let iris = Ellipse(cx: eye.cx, cy: eye.cy + 0.08 * eye.ry, rx: 0.6 * eye.rx, ry: 0.88 * eye.ry)
            canvas.paint(Canvas.box(minX: iris.cx - iris.rx, minY: iris.cy - iris.ry, maxX: iris.cx + iris.rx,
                                    maxY: iris.cy + iris.ry), color: look.eyes) { x, y in
                min(Canvas.ellipseCoverage(iris, x, y), Canvas.ellipseCoverage(eye, x, y))
            }
            canvas.fillEllipse(Ellipse(cx: iris.cx, cy: iris.cy, rx: 0.5 * iris.rx, ry: 0.5 * iris.ry),
                               color: look.eyes.darker(0.6))
            canvas.fillEllipse(Ellipse(cx: iris.cx - 0.35 * iris.rx, cy: iris.cy - 0.35 * iris.ry,
                                       rx: 0.22 * iris.rx, ry: 0.22 * iris.rx), color: RGBA(255, 255, 255, 230))
            let outline = Ellipse(cx: eye.cx, cy: eye.cy, rx: eye.rx + weight / 2, ry: eye.ry + weight / 2)
            if state == .half {
                // The upper lid comes down to the eye's middle, with the lash line on its edge.
                let edge = eye.cy - 0.05 * eye.ry
                canvas.paint(Canvas.box(minX: outline.cx - outline.rx, minY: outline.cy - outline.ry,
                                        maxX: outline.cx + outline.rx, maxY: edge + 1), color: look.skin) { x, y in
                    Canvas.ellipseCoverage(outline, x, y) * Canvas.coverage(distance: y - edge)
                }
                canvas.paint(Canvas.box(minX: outline.cx - outline.rx, minY: edge - weight, maxX: outline.cx + outline.rx,
                                        maxY: edge + weight), color: lash) { x, y in
                    Canvas.ellipseCoverage(outline, x, y) * Canvas.coverage(distance: abs(y - edge) - weight / 2)
                }
            } else {
                // Upper lash line: the top of a ring around the eye.
                canvas.paint(Canvas.box(minX: outline.cx - outline.rx, minY: outline.cy - outline.ry,
                                        maxX: outline.cx + outline.rx, maxY: outline.cy), color: lash) { x, y in
                    Canvas.ringCoverage(outline, thickness: weight * 1.3, x, y) * Canvas.coverage(distance: y - eye.cy + 0.2 * eye.ry)
                }
            }
        }
    }

    /// One distinct mouth per viseme: lips (persona colour), the dark inside, teeth or tongue.
    func paintMouth(_ viseme: Viseme, on canvas: inout Canvas) {
        let mx = cx, my = cy + 0.58 * s
        let mw = 0.4 * rx, mh = 0.17 * s
        let lips = look.mouth, inside = look.mouth.darker(0.65)
        func shape(_ w: Double, _ h: Double, dy: Double = 0) -> Ellipse {
            Ellipse(cx: mx, cy: my + dy * mh, rx: w * mw, ry: max(0.6, h * mh))
        }
        func lipsAndInside(_ outer: Ellipse, _ inner: Ellipse) {
            canvas.fillEllipse(outer, color: lips)
            canvas.fillEllipse(inner, color: inside)
        }
        switch viseme {
        case .rest:
            // A soft closed smile: the lower part of a ring.
            let arc = shape(0.55, 0.55, dy: -0.5), weight = max(1.1, 0.16 * mh)
            canvas.paint(Canvas.box(minX: arc.cx - arc.rx, minY: arc.cy, maxX: arc.cx + arc.rx, maxY: arc.cy + arc.ry),
                         color: lips) { x, y in
                Canvas.ringCoverage(arc, thickness: weight, x, y) * Canvas.coverage(distance: arc.cy + 0.2 * arc.ry - y)
            }
        case .closed:
            canvas.fillEllipse(shape(0.62, 0.15), color: lips)
            canvas.fillEllipse(shape(0.6, 0.035), color: inside)
        case .open:
            let inner = shape(0.42, 0.78)
            lipsAndInside(shape(0.52, 0.95), inner)
            let tongue = Ellipse(cx: mx, cy: inner.cy + 0.6 * inner.ry, rx: 0.7 * inner.rx, ry: 0.45 * inner.ry)
            canvas.paint(Canvas.box(minX: tongue.cx - tongue.rx, minY: tongue.cy - tongue.ry, maxX: tongue.cx + tongue.rx,
                                    maxY: tongue.cy + tongue.ry), color: lips.lighter(0.2)) { x, y in
                min(Canvas.ellipseCoverage(tongue, x, y), Canvas.ellipseCoverage(inner, x, y))
            }
        case .wide:
            lipsAndInside(shape(0.95, 0.42), shape(0.85, 0.26))
        case .round:
            lipsAndInside(shape(0.33, 0.5), shape(0.2, 0.33))
        case .teeth:
            let inner = shape(0.58, 0.34)
            lipsAndInside(shape(0.68, 0.5), inner)
            let edge = my - 0.02 * mh
            canvas.paint(Canvas.box(minX: inner.cx - inner.rx, minY: inner.cy - inner.ry, maxX: inner.cx + inner.rx,
                                    maxY: edge + 1), color: RGBA(0xF6, 0xF3, 0xEC)) { x, y in
                Canvas.ellipseCoverage(inner, x, y) * Canvas.coverage(distance: y - edge)
            }
        case .narrow:
            lipsAndInside(shape(0.5, 0.28), shape(0.4, 0.11))
        }
    }
}

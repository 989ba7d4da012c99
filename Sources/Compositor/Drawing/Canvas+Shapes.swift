import StandInCore

/// Anti-aliased shapes: coverage comes from an approximate signed distance to the edge,
/// so edges are one pixel soft at any size.
extension Canvas {
    /// Fills an ellipse.
    mutating func fillEllipse(_ shape: Ellipse, color: RGBA) {
        guard shape.rx > 0, shape.ry > 0 else { return }
        let box = Self.box(minX: shape.cx - shape.rx, minY: shape.cy - shape.ry,
                           maxX: shape.cx + shape.rx, maxY: shape.cy + shape.ry)
        paint(box, color: color) { x, y in Self.ellipseCoverage(shape, x, y) }
    }

    /// Fills a rectangle with rounded corners of `radius` pixels; fractional edges allowed.
    mutating func fillRoundedRect(minX: Double, minY: Double, maxX: Double, maxY: Double,
                                  radius: Double, color: RGBA) {
        guard maxX > minX, maxY > minY else { return }
        let halfWidth = (maxX - minX) / 2, halfHeight = (maxY - minY) / 2
        let r = max(0, min(radius, halfWidth, halfHeight))
        let cx = minX + halfWidth, cy = minY + halfHeight
        paint(Self.box(minX: minX, minY: minY, maxX: maxX, maxY: maxY), color: color) { x, y in
            // Exact signed distance of a rounded box.
            let qx = abs(x - cx) - (halfWidth - r), qy = abs(y - cy) - (halfHeight - r)
            let outside = (max(qx, 0) * max(qx, 0) + max(qy, 0) * max(qy, 0)).squareRoot()
            return Self.coverage(distance: outside + min(max(qx, qy), 0) - r)
        }
    }

    /// Fills a rounded rectangle given as a pixel rectangle.
    mutating func fillRoundedRect(_ rect: PixelRect, radius: Double, color: RGBA) {
        fillRoundedRect(minX: Double(rect.x), minY: Double(rect.y), maxX: Double(rect.maxX),
                        maxY: Double(rect.maxY), radius: radius, color: color)
    }

    /// Coverage of the pixel centred at (`x`, `y`) by `shape`; distance to the edge ≈ (f - 1) / |∇f|.
    static func ellipseCoverage(_ shape: Ellipse, _ x: Double, _ y: Double) -> Double {
        guard shape.rx > 0, shape.ry > 0 else { return 0 }
        let nx = (x - shape.cx) / shape.rx, ny = (y - shape.cy) / shape.ry
        let f = (nx * nx + ny * ny).squareRoot()
        guard f > 0 else { return 1 }
        let gx = nx / shape.rx, gy = ny / shape.ry
        return coverage(distance: (f - 1) * f / (gx * gx + gy * gy).squareRoot())
    }

    /// Coverage by a ring `thickness` pixels wide just inside `shape`'s edge (brows, lashes, lips).
    static func ringCoverage(_ shape: Ellipse, thickness: Double, _ x: Double, _ y: Double) -> Double {
        let inner = Ellipse(cx: shape.cx, cy: shape.cy, rx: shape.rx - thickness, ry: shape.ry - thickness)
        return min(ellipseCoverage(shape, x, y), 1 - ellipseCoverage(inner, x, y))
    }

    /// Coverage of a pixel whose centre lies `distance` pixels outside an edge.
    @inline(__always)
    static func coverage(distance: Double) -> Double { min(1, max(0, 0.5 - distance)) }

    /// The whole-pixel box around a fractional extent.
    static func box(minX: Double, minY: Double, maxX: Double, maxY: Double) -> PixelRect {
        let left = Int(minX.rounded(.down)), top = Int(minY.rounded(.down))
        return PixelRect(x: left, y: top, width: Int(maxX.rounded(.up)) - left, height: Int(maxY.rounded(.up)) - top)
    }
}

import StandInCore

/// A drawing surface over one rectangle of a frame: coordinates are frame pixels and every
/// drawing call clips to `bounds`, so a patch (mouth, eyes, caption band) is painted with
/// the same numbers as the full frame.
struct Canvas {
    /// Pixels of `bounds`, row 0 at `bounds.y`.
    var image: RGBAImage
    let bounds: PixelRect

    /// A canvas covering `bounds`, filled with one colour.
    init(bounds: PixelRect, fill: RGBA) {
        self.bounds = bounds
        image = RGBAImage(width: bounds.width, height: bounds.height, fill: fill)
    }

    /// A canvas holding a copy of `rect` of `frame` (clipped to the frame).
    init(copying rect: PixelRect, of frame: RGBAImage) {
        let clipped = rect.intersection(PixelRect(x: 0, y: 0, width: frame.width, height: frame.height))
        bounds = clipped
        var pixels = [UInt8](repeating: 0, count: clipped.width * clipped.height * 4)
        let rowBytes = clipped.width * 4
        frame.pixels.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                for row in 0..<clipped.height {
                    let from = ((clipped.y + row) * frame.width + clipped.x) * 4
                    target.baseAddress!.advanced(by: row * rowBytes)
                        .update(from: source.baseAddress!.advanced(by: from), count: rowBytes)
                }
            }
        }
        image = RGBAImage(width: clipped.width, height: clipped.height, pixels: pixels)
    }

    /// Copies this canvas's pixels over the same rectangle of `frame` (a row memcpy each).
    func paste(into frame: inout RGBAImage) {
        precondition(bounds.x >= 0 && bounds.y >= 0 && bounds.maxX <= frame.width && bounds.maxY <= frame.height,
                     "canvas \(bounds) outside frame \(frame.width)x\(frame.height)")
        let rowBytes = bounds.width * 4, frameWidth = frame.width
        image.pixels.withUnsafeBufferPointer { source in
            frame.pixels.withUnsafeMutableBufferPointer { target in
                for row in 0..<bounds.height {
                    let to = ((bounds.y + row) * frameWidth + bounds.x) * 4
                    target.baseAddress!.advanced(by: to)
                        .update(from: source.baseAddress!.advanced(by: row * rowBytes), count: rowBytes)
                }
            }
        }
    }

    /// Fills `area` (frame coordinates, clipped) with `color`, blended by its alpha.
    mutating func fill(_ area: PixelRect, color: RGBA) {
        paint(area, color: color) { _, _ in 1 }
    }

    /// Blends `color` over every pixel of `area` (clipped) by `coverage(x, y)` in 0...1,
    /// evaluated at the pixel's centre in frame coordinates. The primitive under all shapes.
    mutating func paint(_ area: PixelRect, color: RGBA, coverage: (Double, Double) -> Double) {
        let clip = area.intersection(bounds)
        guard !clip.isEmpty, color.a > 0 else { return }
        let origin = bounds, width = image.width, colorAlpha = Double(color.a)
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            for y in clip.y..<clip.maxY {
                let py = Double(y) + 0.5
                var index = ((y - origin.y) * width + clip.x - origin.x) * 4
                for x in clip.x..<clip.maxX {
                    let cover = coverage(Double(x) + 0.5, py)
                    if cover > 0 {
                        let alpha = Int((min(cover, 1) * colorAlpha).rounded())
                        Self.blend(pixels, at: index, color: color, alpha: alpha)
                    }
                    index += 4
                }
            }
        }
    }

    /// Source-over blend of `color` with `alpha` (0...255) into the pixel at byte `index`;
    /// alpha 255 writes `color` exactly.
    @inline(__always)
    static func blend(_ pixels: UnsafeMutableBufferPointer<UInt8>, at index: Int, color: RGBA, alpha: Int) {
        guard alpha > 0 else { return }
        let keep = 255 - alpha
        pixels[index] = UInt8((Int(color.r) * alpha + Int(pixels[index]) * keep + 127) / 255)
        pixels[index + 1] = UInt8((Int(color.g) * alpha + Int(pixels[index + 1]) * keep + 127) / 255)
        pixels[index + 2] = UInt8((Int(color.b) * alpha + Int(pixels[index + 2]) * keep + 127) / 255)
        pixels[index + 3] = UInt8(alpha + (Int(pixels[index + 3]) * keep + 127) / 255)
    }
}

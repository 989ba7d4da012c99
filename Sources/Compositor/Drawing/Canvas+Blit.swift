import StandInCore

/// Putting text masks and images on a canvas.
extension Canvas {
    /// Draws a rendered line with its pen starting at (`penX`, `baseline`).
    mutating func draw(_ mask: AlphaMask, penX: Int, baseline: Int, color: RGBA) {
        draw(mask, x: penX - mask.penX, y: baseline - mask.baseline, color: color)
    }

    /// Blends `color` through `mask` with the mask's top-left at (`x`, `y`), clipped.
    mutating func draw(_ mask: AlphaMask, x: Int, y: Int, color: RGBA) {
        let target = PixelRect(x: x, y: y, width: mask.width, height: mask.height)
        let clip = target.intersection(bounds)
        guard !clip.isEmpty else { return }
        let origin = bounds, width = image.width, colorAlpha = Int(color.a)
        mask.coverage.withUnsafeBufferPointer { coverage in
            image.pixels.withUnsafeMutableBufferPointer { pixels in
                for row in clip.y..<clip.maxY {
                    var index = ((row - origin.y) * width + clip.x - origin.x) * 4
                    var maskIndex = (row - y) * mask.width + clip.x - x
                    for _ in clip.x..<clip.maxX {
                        let alpha = (Int(coverage[maskIndex]) * colorAlpha + 127) / 255
                        Self.blend(pixels, at: index, color: color, alpha: alpha)
                        index += 4
                        maskIndex += 1
                    }
                }
            }
        }
    }

    /// Draws `source` scaled to fit inside `area` (aspect kept, centred), blended by its alpha.
    /// Downscaling averages each destination pixel's footprint (box filter); upscaling picks
    /// the nearest source pixel. Returns the rectangle the image covers.
    @discardableResult
    mutating func draw(_ source: RGBAImage, fitting area: PixelRect) -> PixelRect {
        guard source.width > 0, source.height > 0, !area.isEmpty else { return area }
        let placed = Self.fit(width: source.width, height: source.height, into: area)
        let width = placed.width, height = placed.height
        let clip = placed.intersection(bounds)
        guard !clip.isEmpty else { return placed }
        let origin = bounds, canvasWidth = image.width
        source.pixels.withUnsafeBufferPointer { src in
            image.pixels.withUnsafeMutableBufferPointer { pixels in
                for y in clip.y..<clip.maxY {
                    let sy0 = (y - placed.y) * source.height / height
                    let sy1 = max(sy0 + 1, (y - placed.y + 1) * source.height / height)
                    var index = ((y - origin.y) * canvasWidth + clip.x - origin.x) * 4
                    for x in clip.x..<clip.maxX {
                        let sx0 = (x - placed.x) * source.width / width
                        let sx1 = max(sx0 + 1, (x - placed.x + 1) * source.width / width)
                        var r = 0, g = 0, b = 0, a = 0
                        for sy in sy0..<sy1 {
                            var s = (sy * source.width + sx0) * 4
                            for _ in sx0..<sx1 {
                                // Premultiply so transparent pixels do not darken edges.
                                let alpha = Int(src[s + 3])
                                r += Int(src[s]) * alpha; g += Int(src[s + 1]) * alpha
                                b += Int(src[s + 2]) * alpha; a += alpha
                                s += 4
                            }
                        }
                        let count = (sy1 - sy0) * (sx1 - sx0)
                        if a > 0 {
                            let color = RGBA(UInt8(r / a), UInt8(g / a), UInt8(b / a))
                            Self.blend(pixels, at: index, color: color, alpha: (a + count / 2) / count)
                        }
                        index += 4
                    }
                }
            }
        }
        return placed
    }

    /// Where an image of `width`×`height` lands when fitted into `area`: the smaller of the
    /// two scales (exact integer arithmetic), centred.
    static func fit(width sourceWidth: Int, height sourceHeight: Int, into area: PixelRect) -> PixelRect {
        var width = area.width, height = sourceHeight * area.width / max(1, sourceWidth)
        if height > area.height { height = area.height; width = sourceWidth * area.height / max(1, sourceHeight) }
        width = max(1, width); height = max(1, height)
        return PixelRect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                         width: width, height: height)
    }
}

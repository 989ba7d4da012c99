import Foundation
import StandInCore

/// The EXIF orientation of a photo (tag 0x0112): how the stored pixels must be turned to
/// be upright. Phones store the sensor's rows and set this tag instead of rotating.
public enum ExifOrientation: Int, Sendable, CaseIterable {
    case upright = 1, mirrored = 2, upsideDown = 3, flipped = 4
    case transposed = 5, rotatedClockwise = 6, transversed = 7, rotatedCounterClockwise = 8

    /// The orientation named by an EXIF value written as text (libav's frame metadata pads
    /// it: "    6"); nil for a missing or unknown value.
    public init?(tagText: String?) {
        guard let text = tagText?.trimmingCharacters(in: .whitespaces), let value = Int(text) else { return nil }
        self.init(rawValue: value)
    }

    /// Whether the upright picture's width is the stored height.
    public var swapsSides: Bool { rawValue >= 5 }

    /// `image` turned upright.
    public func apply(to image: RGBAImage) -> RGBAImage {
        guard self != .upright else { return image }
        let w = image.width, h = image.height
        let outWidth = swapsSides ? h : w, outHeight = swapsSides ? w : h
        var pixels = [UInt8](repeating: 0, count: outWidth * outHeight * 4)
        for y in 0..<outHeight {
            for x in 0..<outWidth {
                let (sx, sy) = source(x, y, w, h)
                let from = (sy * w + sx) * 4, to = (y * outWidth + x) * 4
                pixels[to] = image.pixels[from]; pixels[to + 1] = image.pixels[from + 1]
                pixels[to + 2] = image.pixels[from + 2]; pixels[to + 3] = image.pixels[from + 3]
            }
        }
        return RGBAImage(width: outWidth, height: outHeight, pixels: pixels)
    }

    /// The stored pixel shown at upright (`x`, `y`), for a stored picture `w` x `h`.
    private func source(_ x: Int, _ y: Int, _ w: Int, _ h: Int) -> (Int, Int) {
        switch self {
        case .upright: (x, y)
        case .mirrored: (w - 1 - x, y)
        case .upsideDown: (w - 1 - x, h - 1 - y)
        case .flipped: (x, h - 1 - y)
        case .transposed: (y, x)
        case .rotatedClockwise: (y, h - 1 - x)
        case .transversed: (w - 1 - y, h - 1 - x)
        case .rotatedCounterClockwise: (w - 1 - y, x)
        }
    }
}

import CFFmpeg
import StandInCore

/// Scales decoded frames of any size and pixel format into a fixed-size RGBA image, keeping
/// the aspect ratio and filling the rest (letterbox or pillarbox bars) with one colour.
/// Rebuilds its `Scaler` when the input size or format changes. Not Sendable: one reader.
final class LetterboxScaler {
    let width: Int, height: Int
    private let blank: RGBAImage
    private var scaler: Scaler?
    private var source: (width: Int32, height: Int32, format: Int32) = (0, 0, -1)
    private(set) var area = PixelRect(x: 0, y: 0, width: 0, height: 0)

    init(width: Int, height: Int, padding: RGBA) {
        self.width = width
        self.height = height
        blank = RGBAImage(width: width, height: height, fill: padding)
    }

    /// `frame` scaled into the padded image.
    func image(of frame: Frame, path: String) throws -> RGBAImage {
        let f = frame.pointer.pointee
        if scaler == nil || source != (f.width, f.height, f.format) {
            guard f.width > 0, f.height > 0 else { throw MediaIOError.invalidInput("'\(path)' sent an empty picture") }
            area = LiveInputGeometry.fit(sourceWidth: Int(f.width), sourceHeight: Int(f.height), width: width, height: height)
            scaler = try Scaler(width: Int(f.width), height: Int(f.height), from: AVPixelFormat(rawValue: f.format),
                                toWidth: area.width, toHeight: area.height, to: AV_PIX_FMT_RGBA)
            source = (f.width, f.height, f.format)
        }
        var image = blank
        let offset = (area.y * width + area.x) * 4, stride = width * 4
        try image.pixels.withUnsafeMutableBytes { bytes in
            let target = UnsafeMutableRawBufferPointer(rebasing: bytes[offset...])
            try scaler!.scale(frame, intoPacked: target, stride: stride)
        }
        return image
    }
}

/// Where a live feed's picture goes inside the channel frame.
public enum LiveInputGeometry {
    /// Where a `sourceWidth`×`sourceHeight` picture lands inside `width`×`height`: as large as
    /// fits, centred, with even sizes and offsets.
    public static func fit(sourceWidth: Int, sourceHeight: Int, width: Int, height: Int) -> PixelRect {
        guard sourceWidth > 0, sourceHeight > 0 else { return PixelRect(x: 0, y: 0, width: width, height: height) }
        var w = width, h = height
        if sourceWidth * height > width * sourceHeight {   // wider than the frame: bars above and below
            h = max(2, (width * sourceHeight / sourceWidth) & ~1)
        } else {
            w = max(2, (height * sourceWidth / sourceHeight) & ~1)
        }
        return PixelRect(x: ((width - w) / 2) & ~1, y: ((height - h) / 2) & ~1, width: w, height: h)
    }
}

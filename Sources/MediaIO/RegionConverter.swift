import CFFmpeg
import StandInCore

/// Converts one area of an RGBA image into the same area of a YUV 4:2:0 frame.
///
/// swscale's SIMD code writes whole blocks past the requested width (a frame's stride has
/// room for that), so converting an area straight into the middle of a frame would clobber
/// its right-hand neighbours. The area is converted into a padded scratch frame of its own
/// size and then exactly its bytes are copied over. One converter per area size.
final class RegionConverter {
    private let scaler: Scaler
    private let scratch: Frame
    let width: Int
    let height: Int

    init(width: Int, height: Int, fastChroma: Bool) throws {
        self.width = width
        self.height = height
        scaler = try Scaler(width: width, height: height, from: AV_PIX_FMT_RGBA, to: AV_PIX_FMT_YUV420P,
                            flags: fastChroma ? SWS_POINT : SWS_BILINEAR)
        try scaler.useBT709()
        scratch = try Frame.video(width: width, height: height, format: AV_PIX_FMT_YUV420P)
    }

    /// Converts `region` (even origin and size, this converter's size) of `image` into `frame`.
    func convert(_ image: RGBAImage, region: PixelRect, into frame: Frame) throws {
        try image.pixels.withUnsafeBufferPointer { pixels in
            try scaler.scale(packed: pixels.baseAddress! + (region.y * image.width + region.x) * 4, stride: image.width * 4,
                             intoPlanes: scratch.planes, strides: scratch.strides)
        }
        copyPlane(0, columns: width, rows: height, x: region.x, y: region.y, into: frame)
        copyPlane(1, columns: width / 2, rows: height / 2, x: region.x / 2, y: region.y / 2, into: frame)
        copyPlane(2, columns: width / 2, rows: height / 2, x: region.x / 2, y: region.y / 2, into: frame)
    }

    private func copyPlane(_ plane: Int, columns: Int, rows: Int, x: Int, y: Int, into frame: Frame) {
        let sourceStride = Int(scratch.strides[plane]), targetStride = Int(frame.strides[plane])
        let source = scratch.planes[plane]!, target = frame.planes[plane]!
        for row in 0..<rows {
            (target + (y + row) * targetStride + x).update(from: source + row * sourceStride, count: columns)
        }
    }
}

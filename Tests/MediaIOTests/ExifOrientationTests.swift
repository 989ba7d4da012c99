import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// A phone photo stores the sensor's rows and an EXIF orientation; decoded, it is upright.
@Suite("EXIF orientation")
struct ExifOrientationTests {
    static let quadrants = [RGBA(220, 30, 30), RGBA(30, 200, 30), RGBA(30, 30, 220), RGBA(240, 240, 240)]

    /// 96x48, upright: red top-left, green top-right, blue bottom-left, white bottom-right.
    static func upright() -> RGBAImage {
        var image = RGBAImage(width: 96, height: 48, fill: RGBA(0, 0, 0))
        for y in 0..<48 {
            for x in 0..<96 {
                let colour = quadrants[(y < 24 ? 0 : 2) + (x < 48 ? 0 : 1)]
                let index = (y * 96 + x) * 4
                image.pixels[index] = colour.r; image.pixels[index + 1] = colour.g; image.pixels[index + 2] = colour.b
            }
        }
        return image
    }

    /// The upright picture as a camera tagged `orientation` would store it (FFmpeg's own
    /// transpose filters undo each orientation), as a JPEG carrying an EXIF APP1 segment.
    static func taggedJPEG(orientation: Int, in folder: TemporaryFolder) throws -> String {
        let png = folder.path("upright.png"), stored = folder.path("stored-\(orientation).jpg")
        try ImageEncoder.writePNG(upright(), to: png)
        let filter = ["null", "hflip", "hflip,vflip", "vflip", "transpose=0", "transpose=2", "transpose=3", "transpose=1"][orientation - 1]
        try FFprobe.run("ffmpeg", ["-v", "error", "-y", "-i", png, "-vf", filter, "-q:v", "2", "-frames:v", "1", stored])
        var jpeg = try Data(contentsOf: URL(fileURLWithPath: stored))
        jpeg.insert(contentsOf: exifSegment(orientation: orientation), at: 2)  // after SOI
        let path = folder.path("photo-\(orientation).jpg")
        try jpeg.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// APP1 "Exif" with a little-endian TIFF header and one IFD entry: Orientation (SHORT).
    static func exifSegment(orientation: Int) -> [UInt8] {
        let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0,
                             UInt8(orientation), 0, 0, 0, 0, 0, 0, 0]
        let body = Array("Exif".utf8) + [0, 0] + tiff
        let length = body.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body
    }

    @Test(arguments: 1...8)
    func aTaggedPhotoDecodesUpright(orientation: Int) throws {
        let folder = try TemporaryFolder()
        let path = try Self.taggedJPEG(orientation: orientation, in: folder)
        let image = try ImageDecoder.decode(path: path)
        #expect(image.width == 96 && image.height == 48, "\(image.width)x\(image.height)")
        for (index, colour) in Self.quadrants.enumerated() {
            let pixel = image.pixel(x: index % 2 == 0 ? 24 : 72, y: index < 2 ? 12 : 36)
            #expect(abs(Int(pixel.r) - Int(colour.r)) < 40 && abs(Int(pixel.g) - Int(colour.g)) < 40
                    && abs(Int(pixel.b) - Int(colour.b)) < 40, "orientation \(orientation) quadrant \(index): \(pixel)")
        }
    }

    @Test func theTransformsAreExact() {
        let image = Self.upright()
        #expect(ExifOrientation.upright.apply(to: image) == image)
        #expect(ExifOrientation.upsideDown.apply(to: ExifOrientation.upsideDown.apply(to: image)) == image)
        let turned = ExifOrientation.rotatedClockwise.apply(to: ExifOrientation.rotatedCounterClockwise.apply(to: image))
        #expect(turned == image)
        #expect(ExifOrientation(tagText: "    6") == .rotatedClockwise)
        #expect(ExifOrientation(tagText: "9") == nil && ExifOrientation(tagText: nil) == nil)
    }
}

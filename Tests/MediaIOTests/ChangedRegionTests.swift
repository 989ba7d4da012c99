import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// Converting only the changed areas must give the same picture as converting the whole
/// frame: every decoded pixel matches its source, at the areas' edges too.
@Suite("Encoding only the changed areas")
struct ChangedRegionTests {
    /// A frame of vertical stripes (hard edges everywhere, so a wrong tail shows).
    static func stripes(width: Int, height: Int, shift: Int) -> RGBAImage {
        var image = RGBAImage(width: width, height: height)
        let palette: [RGBA] = [RGBA(46, 31, 27), RGBA(246, 210, 180), RGBA(90, 140, 106), RGBA(200, 60, 70)]
        for y in 0..<height {
            for x in 0..<width {
                let color = palette[((x + shift) / 7 + y / 9) % palette.count]
                let i = (y * width + x) * 4
                image.pixels[i] = color.r; image.pixels[i + 1] = color.g; image.pixels[i + 2] = color.b; image.pixels[i + 3] = 255
            }
        }
        return image
    }

    @Test(arguments: [
        PixelRect(x: 37, y: 41, width: 93, height: 27),     // odd everything
        PixelRect(x: 100, y: 60, width: 58, height: 50),    // even, width not a multiple of 16
        PixelRect(x: 2, y: 2, width: 176, height: 30),      // near the frame's edges
    ])
    func theDecodedFrameMatchesItsSourceEverywhere(region: PixelRect) throws {
        let folder = try TemporaryFolder()
        let settings = VideoSettings(width: 180, height: 320, fps: 30)
        let video = try VideoEncoder(VideoEncoderSettings(video: settings, preset: "ultrafast", crf: 0), globalHeader: true)
        let audio = try AudioEncoder(globalHeader: true)
        let path = folder.path("regions.mp4")
        let writer = try MediaFileWriter(path: path, video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
        var frames: [RGBAImage] = []
        var image = Self.stripes(width: 180, height: 320, shift: 0)
        for index in 0..<6 {
            if index > 0 {   // change only inside `region`: stripes shifted there
                let moved = Self.stripes(width: 180, height: 320, shift: index * 3)
                for y in region.y..<region.maxY {
                    let start = (y * 180 + region.x) * 4, end = (y * 180 + region.maxX) * 4
                    image.pixels.replaceSubrange(start..<end, with: moved.pixels[start..<end])
                }
            }
            frames.append(image)
            for packet in try video.encode(image, frameIndex: Int64(index), changedRegions: index == 0 ? nil : [region]) {
                try writer.write(packet)
            }
            for packet in try audio.encode([Float](repeating: 0, count: 3_200)) { try writer.write(packet) }
        }
        for packet in try video.flush() + audio.flush() { try writer.write(packet) }
        try writer.finish()

        let decoded = try DecodedVideo(path: path, width: 180, height: 320)
        try #require(decoded.frames.count == frames.count)
        for (index, source) in frames.enumerated() {
            var worst = 0, worstAt = (0, 0)
            for y in 0..<320 {
                for x in 0..<180 {
                    let p = decoded.pixel(index, x: x, y: y), q = source.pixel(x: x, y: y)
                    // 4:2:0 chroma blurs colour edges a little; a wrong pixel is far off.
                    let difference = abs(p.r - Int(q.r)) + abs(p.g - Int(q.g)) + abs(p.b - Int(q.b))
                    if difference > worst { worst = difference; worstAt = (x, y) }
                }
            }
            #expect(worst < 200, "frame \(index): pixel \(worstAt) off by \(worst)")
        }
    }
}

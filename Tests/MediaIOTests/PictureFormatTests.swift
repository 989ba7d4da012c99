import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// Pictures are decoded only as PNG, JPEG or WebP, their size read from the header first
/// (40x30: a width swscale writes past the end of, which corrupted the heap before Scaler
/// converted such rows through its padded buffer);
/// anything else libav could open (a GIF, a playlist) is refused whatever its name.
@Suite("Picture formats", .serialized)
struct PictureFormatTests {
    /// A 40x30 red picture written by ffmpeg with `arguments` (codec options) to `name`.
    static func picture(_ folder: TemporaryFolder, _ name: String, _ arguments: [String] = []) throws -> String {
        let path = folder.path(name)
        _ = try FFprobe.run("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=red:s=40x30", "-frames:v", "1"] + arguments + [path])
        return path
    }

    @Test(arguments: [("p.png", [String](), PictureHeader.Format.png), ("j.jpg", [], .jpeg),
                      ("lossy.webp", ["-c:v", "libwebp"], .webp), ("lossless.webp", ["-c:v", "libwebp", "-lossless", "1"], .webp)])
    func theThreeFormatsDecodeWithTheirHeaderSize(name: String, arguments: [String], format: PictureHeader.Format) throws {
        let folder = try TemporaryFolder()
        let path = try Self.picture(folder, name, arguments)
        let header = try ImageDecoder.header(path: path)
        #expect(header == PictureHeader(format: format, width: 40, height: 30))
        let image = try ImageDecoder.decode(path: path)
        #expect(image.width == 40 && image.height == 30)
        #expect(image.pixels[0] > 200 && image.pixels[1] < 60)   // red
    }

    @Test func otherFormatsAreRefusedWhateverTheirName() throws {
        let folder = try TemporaryFolder()
        let png = try Self.picture(folder, "real.png")
        let gif = try Self.picture(folder, "anim.gif")
        let renamed = folder.path("gif.png")
        try FileManager.default.copyItem(atPath: gif, toPath: renamed)
        let playlist = try folder.write("list.png", "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n\(png)\n#EXT-X-ENDLIST\n")
        let concat = try folder.write("concat.jpg", "ffconcat version 1.0\nfile real.png\n")
        for path in [renamed, playlist, concat] {
            #expect { try ImageDecoder.decode(path: path) } throws: { "\($0)".contains("not a PNG, JPEG or WebP") }
        }
        #expect(try ImageDecoder.decode(path: png).width == 40)
    }
}

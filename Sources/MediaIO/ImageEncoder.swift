import CFFmpeg
import Foundation
import StandInCore

/// Encodes still images with libavcodec.
public enum ImageEncoder {
    /// Writes `image` as an RGBA PNG at `path` (replacing any file there, atomically), with
    /// `text` as UTF-8 text chunks (`iTXt`: keyword → text; keywords 1–79 Latin-1 letters).
    public static func writePNG(_ image: RGBAImage, to path: String, text: [String: String] = [:]) throws {
        let codec = try CodecContext(encoderNamed: "png")
        codec.pointer.pointee.width = Int32(image.width)
        codec.pointer.pointee.height = Int32(image.height)
        codec.pointer.pointee.pix_fmt = AV_PIX_FMT_RGBA
        codec.pointer.pointee.time_base = AVRational(num: 1, den: 1)
        try codec.open(options: [:], path: path)

        let frame = try Frame.video(width: image.width, height: image.height, format: AV_PIX_FMT_RGBA)
        let rowBytes = image.width * 4
        let stride = Int(frame.strides[0])
        image.pixels.withUnsafeBytes { source in
            let destination = frame.planes[0]!
            for row in 0..<image.height {
                UnsafeMutableRawPointer(destination + row * stride)
                    .copyMemory(from: source.baseAddress! + row * rowBytes, byteCount: rowBytes)
            }
        }
        frame.pointer.pointee.pts = 0
        let packets = try codec.encode(frame, kind: .video, fallbackDuration: 1)
            + codec.encode(nil, kind: .video, fallbackDuration: 1)
        guard let png = packets.first, packets.count == 1 else {
            throw MediaIOError.invalidInput("the PNG encoder returned \(packets.count) packets for '\(path)'")
        }
        do {
            try PNGTextChunks.inserting(text, into: Data(png.data)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw MediaIOError.file(operation: "write PNG", path: path, reason: error.localizedDescription)
        }
    }
}

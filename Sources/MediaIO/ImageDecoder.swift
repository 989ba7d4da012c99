import CFFmpeg
import Foundation
import StandInCore

/// Decodes a still picture file (PNG, JPEG or WebP) to RGBA.
public enum ImageDecoder {
    /// The most pixels a picture may have (8192x4096, 32 Mpx, 128 MB as RGBA): a larger one is
    /// refused before it is decoded.
    public static let maxPixels = 8192 * 4096

    /// Reads the first picture of the file at `path`, converted to 8-bit RGBA and turned
    /// upright by its EXIF orientation (a JPEG from a phone camera).
    /// The format and size come from the file's first bytes (`PictureHeader`) before libav
    /// reads it, and libav opens it only with that format's demuxer: a file that is not a PNG,
    /// JPEG or WebP (a playlist, a video, anything else libav knows) is refused, whatever its name.
    /// Errors name the path: missing, not a regular file (a folder), unreadable, not a picture,
    /// corrupt, or larger than `maxPixels`.
    public static func decode(path: String, maxPixels: Int = ImageDecoder.maxPixels) throws -> RGBAImage {
        let header = try self.header(path: path)
        try checkSize(header.width, header.height, maxPixels: maxPixels, path: path)
        let input = try InputFile(path: path, what: "open image", format: "\(header.format.rawValue)_pipe")
        var decoder: UnsafePointer<AVCodec>? = nil
        let index = try check(av_find_best_stream(input.context, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0),
                              "find a picture in", path: path)
        let stream = input.context.pointee.streams[Int(index)]!
        try checkSize(Int(stream.pointee.codecpar.pointee.width), Int(stream.pointee.codecpar.pointee.height),
                      maxPixels: maxPixels, path: path)
        let codec = try CodecContext(codec: try allocated(decoder, "find a decoder"))
        try check(avcodec_parameters_to_context(codec.pointer, stream.pointee.codecpar),
                  "set up the \(codec.name) decoder for", path: path)
        try codec.open(options: [:], path: path)

        let frame = try Frame()
        let packet = try PacketBuffer()
        var flushing = false
        while true {
            let received = avcodec_receive_frame(codec.pointer, frame.pointer)
            if received >= 0 { break }
            if received == standin_averror_eof() {
                throw MediaIOError.invalidInput("'\(path)' holds no decodable picture")
            }
            if received != standin_averror_eagain() { try check(received, "decode", path: path) }
            // The decoder wants input: the next packet of the picture stream, or a flush at the end.
            if flushing {
                throw MediaIOError.invalidInput("'\(path)' holds no decodable picture")
            }
            let read = av_read_frame(input.context, packet.pointer)
            if read == standin_averror_eof() {
                flushing = true
                try check(avcodec_send_packet(codec.pointer, nil), "decode", path: path)
                continue
            }
            try check(read, "read", path: path)
            defer { av_packet_unref(packet.pointer) }
            guard packet.pointer.pointee.stream_index == index else { continue }
            try check(avcodec_send_packet(codec.pointer, packet.pointer), "decode", path: path)
        }
        try checkSize(Int(frame.pointer.pointee.width), Int(frame.pointer.pointee.height), maxPixels: maxPixels, path: path)
        let picture = try rgba(of: frame, path: path)
        return orientation(of: frame).map { $0.apply(to: picture) } ?? picture
    }

    /// The EXIF orientation libav's JPEG decoder exported as frame metadata (`Orientation`).
    private static func orientation(of frame: Frame) -> ExifOrientation? {
        guard let entry = av_dict_get(frame.pointer.pointee.metadata, "Orientation", nil, 0),
              let value = entry.pointee.value else { return nil }
        return ExifOrientation(tagText: String(cString: value))
    }

    /// The format and size of the picture at `path`, from its first bytes only.
    public static func header(path: String) throws -> PictureHeader {
        try LocalFile.requireRegular(path, what: "an image")
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "No such file or directory"
            throw MediaIOError.invalidInput("'\(path)': \(reason)")
        }
        defer { try? handle.close() }
        guard let header = (try? handle.read(upToCount: PictureHeader.bytesNeeded)).flatMap({ $0 }).flatMap(PictureHeader.init) else {
            throw MediaIOError.invalidInput("'\(path)' is not a PNG, JPEG or WebP picture")
        }
        return header
    }

    /// Throws unless a `width` x `height` picture is within `maxPixels` (checked before decoding).
    public static func checkSize(_ width: Int, _ height: Int, maxPixels: Int, path: String) throws {
        guard !PictureHeader.fits(width: width, height: height, maxPixels: maxPixels) else { return }
        throw MediaIOError.invalidInput("'\(path)' is \(width)x\(height) pixels; a picture may have at most \(maxPixels) pixels (8192x4096 when not set otherwise)")
    }

    /// Converts a decoded frame of any pixel format to RGBA.
    private static func rgba(of frame: Frame, path: String) throws -> RGBAImage {
        let width = Int(frame.pointer.pointee.width), height = Int(frame.pointer.pointee.height)
        guard width > 0, height > 0 else { throw MediaIOError.invalidInput("'\(path)' has an empty picture") }
        let format = AVPixelFormat(rawValue: frame.pointer.pointee.format)
        let scaler = try Scaler(width: width, height: height, from: format, to: AV_PIX_FMT_RGBA)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        try pixels.withUnsafeMutableBytes { bytes in
            try scaler.scale(frame, intoPacked: bytes, stride: width * 4)
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}

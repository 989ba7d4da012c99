import MediaIO
import StandInCore

/// One H.264 + AAC encode into one file: opens encoders and the writer, hands the caller a
/// sink for frames and audio, then flushes and finishes, or abandons the file on error.
struct ClipEncoding {
    let options: ClipRenderOptions
    let metadata: [String: String]

    /// Receives frames and audio in order and passes their packets to the writer.
    struct Sink {
        let videoEncoder: VideoEncoder
        let audioEncoder: AudioEncoder
        let writer: MediaFileWriter

        func video(_ image: RGBAImage, frame: Int, changedRegions: [PixelRect]?) throws {
            for packet in try videoEncoder.encode(image, frameIndex: Int64(frame), changedRegions: changedRegions) {
                try writer.write(packet)
            }
        }

        func audio(_ samples: [Float]) throws {
            for packet in try audioEncoder.encode(samples) { try writer.write(packet) }
        }
    }

    func run(_ body: (Sink) throws -> Void) throws {
        let videoEncoder = try VideoEncoder(VideoEncoderSettings(video: options.video, preset: options.preset), globalHeader: true)
        let audioEncoder = try AudioEncoder(globalHeader: true)
        let writer = try MediaFileWriter(path: options.outputPath, video: videoEncoder.streamInfo,
                                         audio: audioEncoder.streamInfo, metadata: metadata)
        do {
            let sink = Sink(videoEncoder: videoEncoder, audioEncoder: audioEncoder, writer: writer)
            try body(sink)
            for packet in try videoEncoder.flush() { try writer.write(packet) }
            for packet in try audioEncoder.flush() { try writer.write(packet) }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }
}

import CFFmpeg
import Foundation

/// Muxes one video and one audio stream into a file (MP4, FLV, anything libavformat writes).
///
/// Writes to `<path>.partial` and renames it to `path` in `finish()`, so a failed or
/// interrupted render never leaves a file that looks complete. Not Sendable: one writer thread.
///
/// ```swift
/// let writer = try MediaFileWriter(path: "out.mp4", video: video.streamInfo, audio: audio.streamInfo,
///                                  metadata: ["AIGC": "1", "comment": "AI-generated"])
/// for packet in packets { try writer.write(packet) }
/// try writer.finish()
/// ```
public final class MediaFileWriter {
    public let path: String
    /// Where bytes go until `finish()`: `path + ".partial"`.
    public let partialPath: String
    private let output: OutputFile
    private let videoInfo: StreamInfo, audioInfo: StreamInfo
    private var state = State.writing

    private enum State { case writing, finished, abandoned }

    /// Creates `<path>.partial` and writes the header. `format` (`"mp4"`, `"flv"`) is guessed
    /// from `path`'s extension when nil. For MP4/MOV, `metadata` keys are stored as-is (any key
    /// survives) and the index is moved to the front (`+faststart`).
    public init(path: String, format: String? = nil, video: StreamInfo, audio: StreamInfo,
                metadata: [String: String]) throws {
        guard video.kind == .video, audio.kind == .audio else {
            throw MediaIOError.invalidInput("MediaFileWriter needs a video and an audio StreamInfo, in that order")
        }
        self.path = path
        partialPath = path + ".partial"
        videoInfo = video
        audioInfo = audio
        output = try OutputFile(path: path, partialPath: partialPath, format: format)
        try output.addStream(video)
        try output.addStream(audio)
        try output.writeHeader(metadata: metadata)
    }

    deinit { abandon() }

    /// Whether the container stores codec headers once (needs encoders made with `globalHeader: true`).
    public static func needsGlobalHeader(path: String, format: String? = nil) -> Bool {
        LibAV.prepare()
        guard let muxer = av_guess_format(format, format == nil ? path : nil, nil) else { return false }
        return muxer.pointee.flags & AVFMT_GLOBALHEADER != 0
    }

    /// Writes one packet: pts/dts/duration are rescaled from its time base to the stream's,
    /// and libavformat interleaves video and audio by dts.
    public func write(_ encoded: EncodedPacket) throws {
        guard state == .writing else { throw MediaIOError.writerClosed(path: path) }
        try output.write(encoded)
    }

    /// Flushes interleaving queues, writes the trailer (the MP4 index), closes the file and
    /// renames it to `path`. On failure the partial file is deleted and the error thrown.
    public func finish() throws {
        guard state == .writing else { throw MediaIOError.writerClosed(path: path) }
        do {
            try output.writeTrailer()
            try output.close()
            guard rename(partialPath, path) == 0 else {
                throw MediaIOError.file(operation: "rename '\(partialPath)' to", path: path,
                                        reason: String(cString: strerror(errno)))
            }
        } catch {
            abandon()
            throw error
        }
        state = .finished
    }

    /// Stops writing and deletes the partial file. Safe to call more than once; `deinit` calls
    /// it when `finish()` did not succeed.
    public func abandon() {
        guard state == .writing else { return }
        state = .abandoned
        try? output.close()
        unlink(partialPath)
    }
}

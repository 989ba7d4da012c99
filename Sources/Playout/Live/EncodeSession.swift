import MediaIO
import StandInCore

/// One publishing session: the encoders and destinations of a virtual block. In yield mode
/// a human shift ends the session (trailers written, connections closed) and the next
/// virtual block opens a new one; its packets are shifted so the output timeline continues
/// where the channel clock is, without going back or drifting.
final class EncodeSession {
    let video: VideoEncoder
    let audio: AudioEncoder
    /// Where the packets go (an `OutputFanOut` on air).
    let outputs: any PacketSink
    /// Output pts (samples) of this session's first sample.
    let ptsOrigin: Int
    private let settings: VideoSettings
    private var hasFrame = false

    /// `unpaced`: rendering runs far faster than real time (soak runs, offline recordings),
    /// so each destination queues up to a minute of stream instead of a few seconds before
    /// it drops; a paced stream keeps the short queue that never lets a slow peer hold it up.
    init(video settings: VideoSettings, preset: String, threads: Int = 0, destinations: [Destination], ptsOrigin: Int,
         metadata: [String: String], unpaced: Bool = false, makeSink: PacketSinkFactory) throws {
        self.settings = settings
        video = try VideoEncoder(VideoEncoderSettings(video: settings, preset: preset, threads: threads, slicedThreads: true),
                                 globalHeader: true)
        audio = try AudioEncoder(globalHeader: true)
        outputs = makeSink(video.streamInfo, audio.streamInfo, destinations,
                           DestinationSettings(
                               queue: unpaced ? .init(maxPackets: 20_000, maxBytes: 128 << 20, maxDuration: .seconds(60)) : .init(),
                               metadata: metadata))
        self.ptsOrigin = ptsOrigin
    }

    /// Encodes frame `frame` of the session (0-based) and its audio; packets come back with
    /// the session's pts shift applied.
    func encode(_ image: RGBAImage, frame: Int, changed: [PixelRect]?, audio samples: [Float]) throws -> [EncodedPacket] {
        let regions = hasFrame ? changed : nil
        hasFrame = true
        return shifted(try video.encode(image, frameIndex: Int64(frame), changedRegions: regions)
                       + audio.encode(samples))
    }

    /// Encodes the picture of the last frame again as frame `frame`, with `samples` (a relayed
    /// feed's frame repeated to keep up with the clock).
    func encodeAgain(frame: Int, audio samples: [Float]) throws -> [EncodedPacket] {
        shifted(try video.encodeAgain(frameIndex: Int64(frame)) + audio.encode(samples))
    }

    func flush() throws -> [EncodedPacket] {
        shifted(try video.flush() + audio.flush())
    }

    private func shifted(_ packets: [EncodedPacket]) -> [EncodedPacket] {
        guard ptsOrigin != 0 else { return packets }
        let frames = Int64(ptsOrigin / settings.samplesPerFrame)
        return packets.map { packet in
            var moved = packet
            let shift = packet.kind == .video ? frames : Int64(ptsOrigin)
            moved.pts += shift
            moved.dts += shift
            return moved
        }
    }
}

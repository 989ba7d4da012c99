import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// `LiveMuxer` on its own: recordings start at a keyframe; network errors name only the
/// redacted URL; a stalled peer cannot hold a thread past the timeout or an abort.
@Suite("Live muxer")
struct LiveMuxerTests {
    static let secret = "sk-muxer-secret"

    static func encoders() throws -> (VideoEncoder, AudioEncoder) {
        (try VideoEncoder(VideoEncoderSettings(video: VideoSettings(width: 160, height: 288, fps: 30), preset: "ultrafast",
                                               keyframeIntervalFrames: 15, threads: 1), globalHeader: true),
         try AudioEncoder(globalHeader: true))
    }

    @Test func recordingJoinedMidStreamStartsAtAKeyframe() throws {
        let folder = try TemporaryFolder()
        let (video, audio) = try Self.encoders()
        var packets: [EncodedPacket] = []
        let tone = Signal.stereoTone(hz: 440, seconds: 1.5)
        for n in 0..<45 {
            packets += try video.encode(RGBAImage(width: 160, height: 288, fill: RGBA(UInt8(n * 5), 80, 80)), frameIndex: Int64(n))
            packets += try audio.encode(Array(tone[(n * 3200)..<((n + 1) * 3200)]))
        }
        packets += try video.flush() + audio.flush()
        let path = folder.path("joined.flv")
        let muxer = try LiveMuxer(url: path, displayName: path, video: video.streamInfo, audio: audio.streamInfo)
        let joinAt = packets.firstIndex { $0.kind == .video && $0.pts == 5 }!   // mid-GOP
        for packet in packets[joinAt...] { try muxer.write(packet) }
        try muxer.finish()
        #expect(muxer.droppedBeforeKeyframe > 0)
        let frames = try PacketList(path: path, stream: "v:0")
        #expect(frames.packets.first?.isKeyframe == true)
        #expect(frames.count == 30, "frames 15…44")
        #expect(abs((frames.firstPTS ?? 0) - 0.5) < 0.002, "timestamps are kept, not restarted")
        #expect(try PacketList(path: path, stream: "a:0").firstPTS ?? 0 >= 0.5 - 1024.0 / 48_000 - 0.002)
    }

    @Test func refusedConnectionNamesOnlyTheRedactedURL() throws {
        let (video, audio) = try Self.encoders()
        let port = try Loopback.freePort()
        let error = try #require(throws: MediaIOError.self) {
            try LiveMuxer(url: "rtmp://127.0.0.1:\(port)/live/\(Self.secret)", displayName: "rtmp://127.0.0.1:\(port)/live/****",
                          video: video.streamInfo, audio: audio.streamInfo)
        }
        #expect(error.description.contains("rtmp://127.0.0.1:\(port)/live/****"))
        #expect(!error.description.contains(Self.secret))
    }

    @Test("a stalled peer fails after the I/O timeout, or at once when aborted", arguments: [false, true])
    func stalledPeer(abort: Bool) async throws {
        let (video, audio) = try Self.encoders()
        let (videoInfo, audioInfo) = (video.streamInfo, audio.streamInfo)
        let peer = try StallingListener()
        let interrupt = IOInterrupt()
        // Timed on the blocked thread itself: resuming the test task may wait for a busy pool.
        let (failed, took) = try await onThread { () -> (Bool, Duration) in
            let started = ContinuousClock.now
            if abort { Thread { Thread.sleep(forTimeInterval: 0.3); interrupt.abort() }.start() }
            do {
                _ = try LiveMuxer(url: "rtmp://127.0.0.1:\(peer.port)/live/\(Self.secret)", displayName: "stalled",
                                  video: videoInfo, audio: audioInfo,
                                  settings: .init(ioTimeout: abort ? .seconds(30) : .seconds(1)), interrupt: interrupt)
                return (false, started.duration(to: .now))
            } catch {
                return (!"\(error)".contains(Self.secret), started.duration(to: .now))
            }
        }
        #expect(failed)
        #expect(took < (abort ? .milliseconds(900) : .milliseconds(2_500)), "took \(took)")
        #expect(peer.connectionCount == 1)
    }
}

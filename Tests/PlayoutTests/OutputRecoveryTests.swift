import Foundation
import MediaIO
import Playout
import StandInCore
import Testing
import TestSupport

/// Recovery of one destination against real nginx-rtmp servers: back on air within 3 s of
/// its server accepting again, and a frozen server (SIGSTOP) noticed as stalled while the
/// other destination keeps receiving every frame.
@Suite("Output recovery over RTMP", .serialized, .timeLimit(.minutes(3)))
struct OutputRecoveryTests {
    @Test("a server down for 8 s is republished to within 3 s of accepting again; one recovery counted")
    func republishedSoonAfterTheServerReturns() async throws {
        let stream = try TestStream.shared()
        let server = try RTMPServer()
        let key = streamKey("return")
        let log = LogRecorder()
        let outputs = OutputFanOut(video: stream.videoInfo, audio: stream.audioInfo, destinations: [
            Destination(name: "main", url: server.url(app: "live", stream: key)),
        ], logger: log.logger)
        let main = outputs.workers[0]
        async let produced = onThread { produce(stream.looped(seconds: 18), to: outputs, speed: 1) }
        let delay = try await onThread { () throws -> Duration in
            try server.waitUntil(timeout: .seconds(5), "first publish") { try server.isPublishing(app: "live", stream: key) }
            Thread.sleep(forTimeInterval: 1.5)
            let killed = ContinuousClock.now
            try server.kill()
            try server.waitUntil(timeout: .seconds(5), "the worker to notice") { main.status.state != .live }
            Thread.sleep(forTimeInterval: max(0, ContinuousClock.now.duration(to: killed + .seconds(8)).inSeconds))
            try server.start()               // returns once the port accepts
            let accepting = ContinuousClock.now
            try server.waitUntil(timeout: .seconds(10), "republish") { try server.isPublishing(app: "live", stream: key) }
            return accepting.duration(to: .now)
        }
        let report = try await produced
        let status = main.status
        #expect(outputs.stop(timeout: .seconds(5)))
        print("[recovery] down 8 s: republished \(delay) after the server accepted again; \(status)")
        #expect(delay < .seconds(3), "the old 2→4→8 s backoff would wait until ~14 s")
        #expect(status.state == .live && status.reconnects == 1, "one recovery: \(status)")
        #expect(status.reconnectAttempts >= 2, "refused attempts count as attempts: \(status)")
        #expect(report.slowestSend < .milliseconds(50))
        expectNoSecrets(log.all + [status.description], keys: [key])
    }

    @Test("a frozen server is marked stalled and reconnected; the other destination misses nothing")
    func frozenServerStallsWithoutHoldingUpTheOther() async throws {
        let stream = try NoisyStream.shared()
        let frozen = try RTMPServer(), healthy = try RTMPServer()
        let folder = try TemporaryFolder()
        let keys = [streamKey("frozen"), streamKey("healthy")]
        let copy = folder.path("healthy.flv")
        let reader = try LiveStreamTests.reader(healthy.url(app: "live", stream: keys[1]), into: copy)
        try healthy.waitUntil(timeout: .seconds(10), "the reader") { try healthy.clientCount(app: "live", stream: keys[1]) == 1 }
        let log = LogRecorder()
        let retry = DestinationRetry(retryDelayMilliseconds: 1_000, stallTimeoutMilliseconds: 2_000)
        let outputs = OutputFanOut(video: stream.videoInfo, audio: stream.audioInfo, destinations: [
            Destination(name: "frozen", url: frozen.url(app: "live", stream: keys[0]), retry: retry),
            Destination(name: "healthy", url: healthy.url(app: "live", stream: keys[1])),
        ], logger: log.logger)
        let seconds = 24
        async let produced = onThread { produce(stream.looped(seconds: seconds), to: outputs, speed: 1) }
        let pid = try #require(Int32(try String(contentsOfFile: frozen.folder.path("nginx.pid"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { kill(pid, SIGCONT) }
        let timings = try await onThread { () throws -> (stalledAfter: Duration, stalled: [DestinationStatus], recoveredAfter: Duration) in
            try frozen.waitUntil(timeout: .seconds(5), "first publish") { try frozen.isPublishing(app: "live", stream: keys[0]) }
            Thread.sleep(forTimeInterval: 2)
            let stopped = ContinuousClock.now
            kill(pid, SIGSTOP)
            try frozen.waitUntil(timeout: .seconds(15), "stalled") {
                if case .stalled = outputs.workers[0].status.state { true } else { false }
            }
            let stalledAfter = stopped.duration(to: .now)
            let stalled = outputs.statuses
            Thread.sleep(forTimeInterval: 1)
            kill(pid, SIGCONT)
            let resumed = ContinuousClock.now
            try frozen.waitUntil(timeout: .seconds(15), "live again") { outputs.workers[0].status.state == .live }
            return (stalledAfter, stalled, resumed.duration(to: .now))
        }
        let report = try await produced
        let final = outputs.statuses
        #expect(outputs.stop(timeout: .seconds(5)))
        #expect(reader.wait(timeout: .seconds(10)) != nil, "reader still running")
        print("[recovery] SIGSTOP: stalled after \(timings.stalledAfter), live again \(timings.recoveredAfter) after SIGCONT; "
              + "slowest send \(report.slowestSend); \(timings.stalled.map(\.description))")

        #expect(timings.stalledAfter < .seconds(12), "a frozen peer is noticed once the socket buffers fill")
        #expect(timings.stalled[0].lastError?.contains(timings.stalled[0].redactedURL) == true, "\(timings.stalled[0])")
        #expect(timings.stalled[1].state == .live && timings.stalled[1].droppedPackets == 0, "\(timings.stalled[1])")
        #expect(final[0].reconnects >= 1, "\(final[0])")
        #expect(final[1].reconnects == 0 && final[1].droppedPackets == 0, "\(final[1])")
        #expect(report.slowestSend < .milliseconds(50))
        try LiveStreamTests.checkComplete(copy, seconds: seconds)
        expectNoSecrets(log.all + (timings.stalled + final).map(\.description), keys: keys)
    }
}

/// 8 s of noisy 320x240 video (a few megabits per second, so a frozen peer's socket buffers
/// fill within seconds, as a real stream's do) and a tone.
struct NoisyStream: Sendable {
    static let video = VideoSettings(width: 320, height: 240, fps: 30)
    let videoInfo: StreamInfo, audioInfo: StreamInfo
    let packets: [EncodedPacket]

    private static let made = Result { try NoisyStream() }
    static func shared() throws -> NoisyStream { try made.get() }

    private init() throws {
        let video = Self.video, seconds = TestStream.seconds
        let videoEncoder = try VideoEncoder(VideoEncoderSettings(video: video, preset: "ultrafast",
                                                                 keyframeIntervalFrames: video.fps), globalHeader: true)
        let audioEncoder = try AudioEncoder(globalHeader: true)
        var random = SeededRandom(seed: 7)
        let images = (0..<7).map { _ in
            let bytes = (0..<(video.width * video.height)).flatMap { _ -> [UInt8] in
                let value = UInt8(truncatingIfNeeded: random.next())
                return [value, value &+ 85, value &+ 170, 255]
            }
            return RGBAImage(width: video.width, height: video.height, pixels: bytes)
        }
        let tone = Signal.stereoTone(hz: 440, seconds: Double(seconds))
        let chunk = video.samplesPerFrame * 2
        var packets: [EncodedPacket] = []
        for n in 0..<(seconds * video.fps) {
            packets += try videoEncoder.encode(images[n % images.count], frameIndex: Int64(n))
            packets += try audioEncoder.encode(Array(tone[n * chunk..<(n + 1) * chunk]))
        }
        packets += try videoEncoder.flush() + audioEncoder.flush()
        videoInfo = videoEncoder.streamInfo
        audioInfo = audioEncoder.streamInfo
        self.packets = packets
    }

    func looped(seconds: Int) -> [EncodedPacket] { loop(packets, seconds: seconds) }
}

extension TestStream {
    /// `seconds` of stream: the 8 s repeated with timestamps moved on, so it plays on without a gap.
    func looped(seconds: Int) -> [EncodedPacket] { loop(packets, seconds: seconds) }
}

/// The first `TestStream.seconds` of `packets` repeated, timestamps shifted each round, cut at `seconds`.
private func loop(_ packets: [EncodedPacket], seconds: Int) -> [EncodedPacket] {
    let round = TestStream.seconds
    let once = packets.filter { $0.presentationTime >= .zero && $0.presentationTime < .seconds(round) }
    return (0..<((seconds + round - 1) / round)).flatMap { index in
        once.map { packet in
            var moved = packet
            let shift = Int64(index * round) * Int64(packet.timeBase.den) / Int64(packet.timeBase.num)
            moved.pts += shift
            moved.dts += shift
            return moved
        }
    }.filter { $0.presentationTime < .seconds(seconds) }
}

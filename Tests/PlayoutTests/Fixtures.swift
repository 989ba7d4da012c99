import Foundation
import Logging
import MediaIO
import Playout
import StandInCore
import Testing
import TestSupport

/// 8 s of 160x288@30 video (one colour per second, a keyframe every second) and a 440 Hz
/// tone, encoded once per test process and shared by the streaming tests.
struct TestStream: Sendable {
    static let video = VideoSettings(width: 160, height: 288, fps: 30)
    static let seconds = 8
    let videoInfo: StreamInfo, audioInfo: StreamInfo
    /// In the order the encoders returned them (video lags the audio of the same moment).
    let packets: [EncodedPacket]

    private static let made = Result { try TestStream() }
    static func shared() throws -> TestStream { try made.get() }

    private init() throws {
        let video = Self.video
        let videoEncoder = try VideoEncoder(VideoEncoderSettings(video: video, preset: "ultrafast",
                                                                 keyframeIntervalFrames: video.fps), globalHeader: true)
        let audioEncoder = try AudioEncoder(globalHeader: true)
        let colours = [RGBA(200, 40, 40), RGBA(40, 60, 200), RGBA(40, 180, 60), RGBA(220, 220, 60)]
        let images = colours.map { RGBAImage(width: video.width, height: video.height, fill: $0) }
        let tone = Signal.stereoTone(hz: 440, seconds: Double(Self.seconds))
        let chunk = video.samplesPerFrame * 2
        var packets: [EncodedPacket] = []
        for n in 0..<(Self.seconds * video.fps) {
            packets += try videoEncoder.encode(images[(n / video.fps) % images.count], frameIndex: Int64(n))
            packets += try audioEncoder.encode(Array(tone[n * chunk..<(n + 1) * chunk]))
        }
        packets += try videoEncoder.flush() + audioEncoder.flush()
        videoInfo = videoEncoder.streamInfo
        audioInfo = audioEncoder.streamInfo
        self.packets = packets
    }

    /// The packets that start playing before `seconds`, in production order.
    func prefix(seconds: Int) -> [EncodedPacket] {
        packets.filter { $0.presentationTime < .seconds(seconds) }
    }
}

/// What a paced producer saw: how long `send` took at worst and how late packets were.
struct ProducerReport: Sendable {
    var packets = 0
    var slowestSend = Duration.zero
    var latest = Duration.zero
}

/// Sends `packets` to `outputs` paced by a system clock at `speed`, as the engine will.
func produce(_ packets: [EncodedPacket], to outputs: OutputFanOut, speed: Double) -> ProducerReport {
    let pacer = Pacer(clock: SystemClock(speed: speed))
    var report = ProducerReport()
    for packet in packets {
        report.latest = max(report.latest, pacer.wait(for: packet))
        let started = ContinuousClock.now
        outputs.send(packet)
        report.slowestSend = max(report.slowestSend, started.duration(to: .now))
        report.packets += 1
    }
    return report
}

/// Fails the test for every text that contains one of `keys`.
func expectNoSecrets(_ texts: [String], keys: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for text in texts {
        for key in keys where text.contains(key) {
            Issue.record("a stream key leaked into: \(text.replacingOccurrences(of: key, with: "<KEY>"))",
                         sourceLocation: sourceLocation)
        }
    }
}

/// A stream key that is easy to grep for and unique per test.
func streamKey(_ label: String) -> String { "sk-\(label)-\(UUID().uuidString.prefix(8))" }

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
    let pacer = Pacer(clock: SystemPacingClock(speed: speed))
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

/// Collects every log line the outputs write (and echoes it) so tests can search them.
final class LogRecorder: @unchecked Sendable {  // `lock` guards `lines`
    private let lock = NSLock()
    private var lines: [String] = []
    private let started = ContinuousClock.now

    var logger: Logger { Logger(label: "standin.outputs.test") { _ in Handler(recorder: self) } }
    var all: [String] { lock.withLock { lines } }

    fileprivate func append(_ line: String) {
        lock.withLock { lines.append(line) }
        print("[outputs] \(String(format: "%6.3f", started.duration(to: .now).inSeconds)) \(line)")
    }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            recorder.append("\(event.level) \(fields) \(event.message)")
        }
    }
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

extension Duration {
    /// Seconds as a `Double`, for messages and loose comparisons.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

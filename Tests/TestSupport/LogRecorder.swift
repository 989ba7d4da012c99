import Foundation
import Logging

/// Collects every log line a logger writes (and echoes it) so tests can search them.
public final class LogRecorder: @unchecked Sendable {  // `lock` guards `lines`
    private let lock = NSLock()
    private var lines: [String] = []
    private let started = ContinuousClock.now
    private let echoPrefix: String
    private let label: String

    public init(echoPrefix: String = "outputs", label: String = "standin.outputs.test") {
        self.echoPrefix = echoPrefix
        self.label = label
    }

    public var logger: Logger { Logger(label: label) { _ in Handler(recorder: self) } }
    public var all: [String] { lock.withLock { lines } }

    fileprivate func append(_ line: String) {
        lock.withLock { lines.append(line) }
        print("[\(echoPrefix)] \(String(format: "%6.3f", started.duration(to: .now).inSeconds)) \(line)")
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

extension Duration {
    /// Seconds as a `Double`, for messages and loose comparisons.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

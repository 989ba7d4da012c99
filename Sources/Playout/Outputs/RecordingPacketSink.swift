import Foundation
import MediaIO

/// A `PacketSink` that keeps every packet in memory, in the order sent, and never fails: the
/// live engine's tests read what would have gone out (timestamps, order, the sessions).
///
/// ```swift
/// let sink = RecordingPacketSink(destinations: [Destination(name: "main", url: "memory:")])
/// sink.send(packet)
/// sink.packets.count   // 1
/// ```
public final class RecordingPacketSink: PacketSink, @unchecked Sendable {  // `lock` guards `sent`, `stopped`
    public let video: StreamInfo?, audio: StreamInfo?
    public let destinations: [Destination]
    private let lock = NSLock()
    private var sent: [EncodedPacket] = []
    private var stopped = false
    /// Called with each packet on the sender's thread (a test may act at a given position).
    private let onSend: (@Sendable (EncodedPacket) -> Void)?

    public init(video: StreamInfo? = nil, audio: StreamInfo? = nil, destinations: [Destination],
                onSend: (@Sendable (EncodedPacket) -> Void)? = nil) {
        self.video = video
        self.audio = audio
        self.destinations = destinations
        self.onSend = onSend
    }

    public func send(_ packet: EncodedPacket) {
        lock.withLock { sent.append(packet) }
        onSend?(packet)
    }

    @discardableResult
    public func stop(timeout: Duration) -> Bool {
        lock.withLock { stopped = true }
        return true
    }

    public var packets: [EncodedPacket] { lock.withLock { sent } }
    public var isStopped: Bool { lock.withLock { stopped } }

    public var statuses: [DestinationStatus] {
        let bytes: Int64 = packets.reduce(0) { $0 + Int64($1.data.count) }
        let stopped = isStopped
        return destinations.map {
            DestinationStatus(name: $0.name, redactedURL: $0.redactedURL, state: stopped ? .stopped : .live, connectedSince: nil,
                              reconnects: 0, reconnectAttempts: 0, droppedPackets: 0, bytesSent: bytes, bitrate: 0, lastError: nil)
        }
    }
}

/// Every session's `RecordingPacketSink`, in the order the engine opened them: pass `make` as
/// `LiveOptions.makeSink`.
public final class RecordingSinks: @unchecked Sendable {  // `lock` guards `made`
    private let lock = NSLock()
    private var made: [RecordingPacketSink] = []
    private let onSend: (@Sendable (EncodedPacket) -> Void)?

    public init(onSend: (@Sendable (EncodedPacket) -> Void)? = nil) { self.onSend = onSend }

    public var sessions: [RecordingPacketSink] { lock.withLock { made } }

    public var make: PacketSinkFactory {
        { [self] video, audio, destinations, _ in
            let sink = RecordingPacketSink(video: video, audio: audio, destinations: destinations, onSend: onSend)
            lock.withLock { made.append(sink) }
            return sink
        }
    }
}

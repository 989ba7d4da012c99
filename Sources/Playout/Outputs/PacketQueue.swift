import MediaIO

/// One destination's backlog: bounded by packets, bytes and duration, and the rules for what
/// to drop so that whatever is sent can always be decoded.
///
/// - While `.sending`, a packet that does not fit is dropped; after a dropped video packet
///   video resumes only at the next keyframe (audio resumes as soon as there is room).
/// - While `.waiting` (not connected), a new video keyframe discards everything older, so a
///   connection that comes up starts at the newest keyframe with at most one GOP of delay.
///
/// A value type with no locking and no clock: `DestinationWorker` guards it with its lock.
public struct PacketQueue: Sendable {
    public struct Limits: Sendable, Equatable {
        public var maxPackets: Int
        public var maxBytes: Int
        /// Largest span of decode times between the oldest and newest queued packet.
        public var maxDuration: Duration

        public init(maxPackets: Int = 2_000, maxBytes: Int = 16 << 20, maxDuration: Duration = .seconds(3)) {
            self.maxPackets = maxPackets
            self.maxBytes = maxBytes
            self.maxDuration = maxDuration
        }
    }

    public enum Mode: Sendable, Equatable { case sending, waiting }

    public let limits: Limits
    public var mode: Mode = .waiting
    /// Packets thrown away so far (full queue, stale GOPs, video waiting for a keyframe).
    public private(set) var dropped = 0
    public private(set) var bytes = 0
    private var entries: [EncodedPacket] = []
    private var head = 0
    private var videoNeedsKeyframe = true

    public init(limits: Limits = Limits()) { self.limits = limits }

    public var count: Int { entries.count - head }
    public var isEmpty: Bool { count == 0 }

    /// Queues `packet` or drops it; never blocks.
    public mutating func push(_ packet: EncodedPacket) {
        if packet.kind == .video {
            if packet.isKeyframe, mode == .waiting {
                discard { $0.kind == .video || $0.endsBefore(packet) }
            } else if !packet.isKeyframe, videoNeedsKeyframe {
                dropped += 1
                return
            }
        }
        guard fits(packet) else {
            dropped += 1
            if packet.kind == .video { videoNeedsKeyframe = true }
            return
        }
        if packet.kind == .video { videoNeedsKeyframe = false }
        entries.append(packet)
        bytes += packet.data.count
    }

    /// The oldest queued packet.
    public mutating func pop() -> EncodedPacket? {
        guard head < entries.count else { return nil }
        let packet = entries[head]
        head += 1
        bytes -= packet.data.count
        if head >= 512, head * 2 >= entries.count {
            entries.removeFirst(head)
            head = 0
        }
        return packet
    }

    /// The connection broke: keep what follows the newest queued keyframe (and the audio that
    /// plays from its time on) and wait for the next connection.
    public mutating func connectionLost() {
        mode = .waiting
        if let key = entries[head...].last(where: { $0.kind == .video && $0.isKeyframe }) {
            discard { $0.kind == .video ? $0.decodeTime < key.decodeTime : $0.endsBefore(key) }
        } else {
            discard { $0.kind == .video }
            videoNeedsKeyframe = true
        }
    }

    private func fits(_ packet: EncodedPacket) -> Bool {
        guard count + 1 <= limits.maxPackets, bytes + packet.data.count <= limits.maxBytes else { return false }
        guard let oldest = entries[head...].first else { return true }
        return packet.decodeTime - oldest.decodeTime <= limits.maxDuration
    }

    /// Drops every queued packet matching `predicate`, keeping the others in order.
    private mutating func discard(where predicate: (EncodedPacket) -> Bool) {
        let kept = entries[head...].filter { !predicate($0) }
        dropped += count - kept.count
        entries = Array(kept)
        head = 0
        bytes = entries.reduce(0) { $0 + $1.data.count }
    }
}

private extension EncodedPacket {
    /// Whether this (audio) packet has finished playing when `keyframe` starts.
    func endsBefore(_ keyframe: EncodedPacket) -> Bool {
        presentationTime + playTime < keyframe.presentationTime
    }
}

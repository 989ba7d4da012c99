import MediaIO

/// Releases packets by a monotonic clock (never the wall clock): a packet with pts `p` is due at `start + p` (in its own
/// time base). Packets already due go at once; timestamps are never changed.
///
/// ```swift
/// let pacer = Pacer(clock: SystemClock())
/// for packet in encoded {
///     let late = pacer.wait(for: packet)   // > 0 when the render fell behind
///     outputs.send(packet)
/// }
/// ```
public struct Pacer<Clock: EngineClock>: Sendable {
    public let clock: Clock
    /// The clock reading at which pts 0 is due.
    public let start: Duration

    /// `start` defaults to the clock's current time: the stream's pts 0 is due now.
    public init(clock: Clock, start: Duration? = nil) {
        self.clock = clock
        self.start = start ?? clock.now
    }

    /// When `packet` is due on the clock.
    public func due(_ packet: EncodedPacket) -> Duration { start + packet.presentationTime }

    /// Blocks until `packet` is due; returns how late it already was (zero when on time).
    @discardableResult
    public func wait(for packet: EncodedPacket) -> Duration {
        let due = due(packet), now = clock.now
        guard due > now else { return now - due }
        clock.sleep(until: due)
        return .zero
    }
}

import MediaIO

/// How every destination worker queues, reconnects and times out.
public struct DestinationSettings: Sendable, Equatable {
    /// Bounds of each destination's backlog (~3 s by default).
    public var queue: PacketQueue.Limits
    /// Backoff between connection attempts.
    public var reconnect: ReconnectPolicy.Settings
    /// Socket timeouts and interleaving of each muxer.
    public var muxer: LiveMuxer.Settings
    /// Window of the bitrate shown in the status.
    public var bitrateWindow: Duration
    /// Container tags written into each stream's header (FLV `onMetaData`).
    public var metadata: [String: String]

    public init(queue: PacketQueue.Limits = .init(), reconnect: ReconnectPolicy.Settings = .init(),
                muxer: LiveMuxer.Settings = .init(), bitrateWindow: Duration = .seconds(5),
                metadata: [String: String] = [:]) {
        self.queue = queue
        self.reconnect = reconnect
        self.muxer = muxer
        self.bitrateWindow = bitrateWindow
        self.metadata = metadata
    }
}

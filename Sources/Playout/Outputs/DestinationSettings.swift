import MediaIO
import StandInCore

/// How every destination worker queues, reconnects and times out.
public struct DestinationSettings: Sendable, Equatable {
    /// Bounds of each destination's backlog (~3 s by default).
    public var queue: PacketQueue.Limits
    /// Backoff between connection attempts.
    public var reconnect: ReconnectPolicy.Settings
    /// Socket timeouts and interleaving of each muxer.
    public var muxer: LiveMuxer.Settings
    /// A packet whose write makes no progress for this long marks the destination stalled and
    /// reconnects it.
    public var stallTimeout: Duration
    /// Window of the bitrate shown in the status.
    public var bitrateWindow: Duration
    /// Container tags written into each stream's header (FLV `onMetaData`).
    public var metadata: [String: String]

    public init(queue: PacketQueue.Limits = .init(), reconnect: ReconnectPolicy.Settings = .init(),
                muxer: LiveMuxer.Settings = .init(), stallTimeout: Duration = .seconds(5),
                bitrateWindow: Duration = .seconds(5), metadata: [String: String] = [:]) {
        self.queue = queue
        self.reconnect = reconnect
        self.muxer = muxer
        self.stallTimeout = stallTimeout
        self.bitrateWindow = bitrateWindow
        self.metadata = metadata
    }
}

extension DestinationSettings {
    /// These settings with one destination's retry policy (from its channel file) in place:
    /// backoff, probe interval, and the stall time, which also bounds each socket read/write.
    public func applying(_ retry: DestinationRetry?) -> DestinationSettings {
        guard let retry else { return self }
        var settings = self
        settings.reconnect.firstDelay = .milliseconds(retry.retryDelayMilliseconds)
        settings.reconnect.maxDelay = .seconds(retry.retryMaxDelaySeconds)
        settings.reconnect.probeInterval = .milliseconds(retry.probeIntervalMilliseconds)
        settings.stallTimeout = .milliseconds(retry.stallTimeoutMilliseconds)
        settings.muxer.ioTimeout = settings.stallTimeout
        return settings
    }
}

/// How one destination comes back after its endpoint fails or freezes (a channel file's
/// `retry_delay_ms`, `retry_max_delay_s`, `probe_interval_ms`, `stall_timeout_ms`).
///
/// The defaults follow OBS: the first retry 2 s after a failure, each further one 1.5 times
/// later, capped (at 60 s here; probes keep a long outage cheap). While the endpoint is down
/// a TCP connect probe every `probeIntervalMilliseconds` notices the moment it accepts
/// again, and the full RTMP connect goes out at once.
public struct DestinationRetry: Sendable, Hashable {
    /// Delay before the first reconnect after a failure.
    public var retryDelayMilliseconds: Int
    /// Longest delay between two full connection attempts.
    public var retryMaxDelaySeconds: Int
    /// How often a cheap TCP connect checks whether a down endpoint accepts again; 0: no probe.
    public var probeIntervalMilliseconds: Int
    /// A packet whose write makes no progress for this long marks the destination stalled
    /// and reconnects it; also the socket timeout of a connect.
    public var stallTimeoutMilliseconds: Int

    public init(retryDelayMilliseconds: Int = 2_000, retryMaxDelaySeconds: Int = 60,
                probeIntervalMilliseconds: Int = 1_000, stallTimeoutMilliseconds: Int = 5_000) {
        self.retryDelayMilliseconds = retryDelayMilliseconds
        self.retryMaxDelaySeconds = retryMaxDelaySeconds
        self.probeIntervalMilliseconds = probeIntervalMilliseconds
        self.stallTimeoutMilliseconds = stallTimeoutMilliseconds
    }
}

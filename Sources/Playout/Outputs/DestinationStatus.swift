import Foundation

/// What one destination is doing, as a Sendable snapshot for status lines and the control API.
/// Holds no secret: the URL is redacted and errors name only the redacted URL.
public struct DestinationStatus: Sendable, Equatable, CustomStringConvertible {
    public enum State: Sendable, Equatable {
        case connecting
        case live
        /// Waiting after a failure; the next attempt is at `until`.
        case backoff(until: Date)
        /// A send made no progress for the stall time at `since`; reconnecting until it is live again.
        case stalled(since: Date)
        case stopped
    }

    public var name: String
    public var redactedURL: String
    public var state: State
    /// When the current connection came up (nil unless live).
    public var connectedSince: Date?
    /// Recoveries: connections that came up after a failure.
    public var reconnects: Int
    /// Connection attempts made after a failure (successful or not).
    public var reconnectAttempts: Int
    /// Packets not sent: queue full, stale while disconnected, or before a keyframe.
    public var droppedPackets: Int
    /// Payload bytes written to the muxer over the worker's life.
    public var bytesSent: Int64
    /// Bits per second written over the last few seconds.
    public var bitrate: Int
    /// The last connect or write error (its text names only the redacted URL).
    public var lastError: String?

    /// One line for the operator's log, e.g.
    /// `douyin rtmp://host/live/**** live 2.1 Mb/s reconnects 0/0 dropped 0` (recoveries/attempts).
    public var description: String {
        let state = switch self.state {
        case .connecting: "connecting"
        case .live: "live"
        case let .backoff(until): "retry in \(String(format: "%.1f", max(0, until.timeIntervalSinceNow))) s"
        case let .stalled(since): "stalled for \(String(format: "%.0f", max(0, -since.timeIntervalSinceNow))) s"
        case .stopped: "stopped"
        }
        let rate = String(format: "%.2f Mb/s", Double(bitrate) / 1_000_000)
        var line = "\(name) \(redactedURL) \(state) \(rate) reconnects \(reconnects)/\(reconnectAttempts) dropped \(droppedPackets)"
        if let lastError, self.state != .live { line += " (last error: \(lastError))" }
        return line
    }
}

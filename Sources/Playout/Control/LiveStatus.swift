import Foundation
import Scheduler
import StandInCore

/// What the engine last told the desk, from its two threads: the sender says what is on
/// air and which outputs it uses; the render thread says what comes next.
struct EngineSnapshot: Sendable {
    var onAir: LiveStatus.OnAir?
    var humanOnAir = false
    var upcoming: [Segment] = []
    var timeline: Timeline?
    var outputs: (any PacketSink)?
    /// Channel positions: the render thread's (furthest rendered) and the sender's (on air).
    var rendered = 0
    var sent = 0
    /// As-run entries waiting in memory for the disk.
    var asRunBacklog = 0
}

/// `GET /status`: the channel as the operator sees it. No secret: URLs are redacted.
public struct LiveStatus: Sendable, Codable, Equatable {
    public struct OnAir: Sendable, Codable, Equatable {
        /// `virtual` or `human` in JSON.
        public var block: Segment.Block
        public var kind: String
        public var productID: String?
        public var host: String?
        public var personaVersion: String
        public var since: Date
    }

    public struct Upcoming: Sendable, Codable, Equatable {
        public var kind: String
        public var productID: String?
        public var host: String?
        /// Planned start (segments are assumed to run as estimated).
        public var start: Date
    }

    public struct Output: Sendable, Codable, Equatable {
        public var name: String
        public var url: String
        public var state: String
        public var connected: Bool
        public var bitrate: Int
        /// Recoveries: connections that came up again after a failure.
        public var reconnects: Int
        /// Connection attempts after a failure.
        public var reconnectAttempts: Int
        public var dropped: Int
        public var lastError: String?
    }

    public var channel: String
    public var onAir: OnAir?
    public var paused: Bool
    public var next: [Upcoming]
    public var destinations: [Output]
    /// Seconds of stream rendered but not yet on air.
    public var renderAheadSeconds: Double
    public var questionsWaiting: Int
    public var commandsWaiting: Int
    public var uptimeSeconds: Double
    /// As-run entries the disk has not taken yet (written in order once it does).
    public var asRunBacklog: Int
    /// Comment sources and the choices made about comments; absent without `comments.sources`.
    public var comments: CommentsStatus? = nil

    init(snapshot: EngineSnapshot, channel: String, paused: Bool, questionsWaiting: Int, commandsWaiting: Int,
         uptime: TimeInterval, now: Int) {
        self.channel = channel
        onAir = snapshot.onAir
        self.paused = paused
        let airing = max(snapshot.sent, now)
        next = snapshot.upcoming.filter { $0.start > airing }.prefix(5).map { segment in
            Upcoming(kind: segment.kind.rawValue, productID: segment.productID, host: segment.host,
                     start: snapshot.timeline?.date(atSample: segment.start) ?? Date(timeIntervalSince1970: 0))
        }
        destinations = (snapshot.outputs?.statuses ?? []).map(Output.init)
        renderAheadSeconds = Double(max(0, snapshot.rendered - snapshot.sent)) / Double(MediaClock.sampleRate)
        self.questionsWaiting = questionsWaiting
        self.commandsWaiting = commandsWaiting
        uptimeSeconds = uptime
        asRunBacklog = snapshot.asRunBacklog
    }
}

extension LiveStatus.Output {
    init(_ status: DestinationStatus) {
        let state: String = switch status.state {
        case .connecting: "connecting"
        case .live: "live"
        case .backoff: "backoff"
        case .stalled: "stalled"
        case .stopped: "stopped"
        }
        self.init(name: status.name, url: status.redactedURL, state: state, connected: status.state == .live,
                  bitrate: status.bitrate, reconnects: status.reconnects,
                  reconnectAttempts: status.reconnectAttempts, dropped: status.droppedPackets,
                  lastError: status.lastError)
    }
}

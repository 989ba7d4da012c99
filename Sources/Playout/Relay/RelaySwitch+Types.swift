import StandInCore

extension RelaySwitch {
    /// How fast the switch gives the room to the human feed and takes it back.
    public struct Settings: Sendable, Equatable {
        /// No packet for this long while the feed is expected counts as a stall.
        public var stallTimeout: Duration
        /// A returning feed must deliver packets without a stall for this long before it is
        /// taken again (the first time; flapping makes it longer).
        public var stableTime: Duration
        /// Each drop within `flapWindow` multiplies the stable time by this…
        public var stableTimeGrowth: Int
        /// …up to this.
        public var maxStableTime: Duration
        /// Drops older than this no longer lengthen the stable time.
        public var flapWindow: Duration
        /// Take a feed that arrives before the shift start at once instead of waiting.
        public var takeEarly: Bool

        public init(stallTimeout: Duration = .milliseconds(500), stableTime: Duration = .seconds(3),
                    stableTimeGrowth: Int = 2, maxStableTime: Duration = .seconds(60),
                    flapWindow: Duration = .seconds(60), takeEarly: Bool = false) {
            self.stallTimeout = stallTimeout
            self.stableTime = stableTime
            self.stableTimeGrowth = stableTimeGrowth
            self.maxStableTime = maxStableTime
            self.flapWindow = flapWindow
            self.takeEarly = takeEarly
        }
    }

    /// What is on air, and why the virtual host is there when it is.
    public enum State: Sendable, Equatable {
        /// The virtual host, no handover pending (outside a shift, or no usable feed yet).
        case virtual
        /// The handoff line is queued or airing; the feed goes on air at the sentence boundary after it.
        case handingOver
        /// The human feed is on air.
        case human
        /// The feed dropped while on air; the virtual host is back with the bridge line.
        case fallback
        /// The feed is back after a drop; the virtual host stays until it has been stable long enough.
        case recovering
    }

    /// Who is on air.
    public enum Source: String, Sendable, Equatable { case virtual, human }

    /// A line the virtual host says around a switch (the channel's texts for each).
    public enum Line: String, Sendable, Equatable {
        /// "Our host is joining now."
        case handoff
        /// "X will be right back" / "我们的主播马上回来".
        case bridge
        /// "Welcome back" after the shift.
        case welcomeBack
    }

    /// Why a switch happened; written to the as-run log.
    public enum Reason: String, Sendable, Equatable {
        case shiftStarted, shiftEnded, feedStalled, feedEnded, feedBroken, feedStable, takenEarly
    }

    /// What the engine must do now.
    public enum Action: Sendable, Equatable {
        /// Put `source` on air from this position; log the switch with `reason`.
        case switchTo(Source, reason: Reason)
        /// Queue `line` for the virtual host (spoken at its next sentence boundary).
        case say(Line)
    }

    /// Events of the feed, as the reader reports them.
    public enum FeedEvent: Sendable, Equatable {
        /// The feed connected (first packet of a publishing session).
        case arrived
        /// A packet (or decoded frame) came in.
        case packet
        /// The reader saw no packet for its stall timeout.
        case stalled
        /// The publisher stopped (end of stream) or the connection failed.
        case ended
        /// Decode errors: the feed is unusable.
        case broken
    }
}

extension Duration {
    /// This duration in 48 kHz samples (rounded down).
    var sampleCount: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * MediaClock.sampleRate + Int(attoseconds / (1_000_000_000_000_000_000 / Int64(MediaClock.sampleRate)))
    }
}

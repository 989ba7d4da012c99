import StandInCore

extension LiveInput {
    /// The channel format a live input is normalised to, and how long it may block.
    public struct Settings: Sendable, Equatable {
        /// Output size and rate: frames are scaled into this size and numbered at this fps.
        public var video: VideoSettings
        /// Colour of the letterbox or pillarbox bars.
        public var padding: RGBA
        /// Longest wait for the connection and the first bytes of the stream.
        public var openTimeout: Duration
        /// Longest a single read may block without a packet before `read()` throws (`LiveFeed`
        /// reports a stall much earlier, from `stallTimeout`).
        public var readTimeout: Duration
        /// No packet for this long is a stall (reported by `LiveFeed`).
        public var stallTimeout: Duration
        /// Decode errors in a row, after the first good picture, that make the feed `broken`.
        public var maxDecodeErrors: Int
        /// How far audio may lag video before silence fills the gap (also for feeds without audio).
        public var audioSlack: Duration

        public init(video: VideoSettings, padding: RGBA = RGBA(0, 0, 0), openTimeout: Duration = .seconds(5),
                    readTimeout: Duration = .seconds(5), stallTimeout: Duration = .milliseconds(500),
                    maxDecodeErrors: Int = 25, audioSlack: Duration = .milliseconds(250)) {
            self.video = video
            self.padding = padding
            self.openTimeout = openTimeout
            self.readTimeout = readTimeout
            self.stallTimeout = stallTimeout
            self.maxDecodeErrors = maxDecodeErrors
            self.audioSlack = audioSlack
        }
    }
}

/// What a live input yields, already on the channel's format and timeline (numbered from the
/// feed's first packet): frame numbers at the channel fps, sample positions at 48 kHz.
public enum LiveInputEvent: Sendable, Equatable {
    /// Output frame `frame`, channel-sized RGBA.
    case video(RGBAImage, frame: Int64)
    /// Interleaved stereo Float at 48 kHz, starting at sample `sample`; gapless across events.
    case audio([Float], sample: Int64)
    /// No packet for the stall timeout (only from `LiveFeed`; the feed may still come back).
    case stalled
    /// Too many decode errors in a row: the pictures are unusable (reading goes on).
    case broken(String)
    /// The publisher stopped or the connection failed (`reason` nil: a clean end of stream).
    case ended(reason: String?)
}

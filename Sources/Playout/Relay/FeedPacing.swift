import StandInCore

/// Keeps a relayed feed on the channel's clock: frame by frame, decides whether the render
/// thread airs the feed's next frame, waits, shows the last frame once more first (a feed
/// slower than real time) or drops one (a faster feed). A pure state machine: it takes the
/// render lead (how far the render position is ahead of the channel clock, 48 kHz samples)
/// and the frames ready, and returns a step; no clock reads.
///
/// - Slow feed: the lead shrinks. Under `lowLead` a frame that arrives alone is preceded by a
///   repeat of the last one, at most every `spacing` frames (gently: a takeover starts under
///   the mark too); under `urgentLead` every `urgentSpacing` frames.
/// - Fast feed: the render stops at `highLead` (the lookahead) and the feed's frames pile up;
///   beyond `maxBacklog` ready frames the oldest is dropped (at most every `urgentSpacing`;
///   beyond `maxReady`, at once: a feed far faster than real time, a file pushed unpaced).
/// - A stalled feed delivers nothing, so nothing is repeated: the lead covers the wait until
///   the stall is declared and the virtual host takes over from the next frame.
///
/// ```swift
/// var pacing = FeedPacing(settings: .init(frameLength: 1_600, lookahead: 96_000, stallTimeout: 24_000))
/// pacing.next(lead: 40_000, ready: 1)   // .air
/// pacing.next(lead: 8_000, ready: 1)    // .repeatThenAir (once 3 frames aired since the last)
/// pacing.next(lead: 95_000, ready: 9)   // .drop
/// ```
struct FeedPacing: Sendable, Equatable {
    struct Settings: Sendable, Equatable {
        /// One output frame, in samples.
        var frameLength: Int
        /// Under this lead a frame arriving alone is preceded by a repeat, every `spacing` frames at most.
        var lowLead: Int
        /// Under this lead, every `urgentSpacing` frames at most.
        var urgentLead: Int
        /// The render goes no further ahead than this (the render-ahead queue's lookahead).
        var highLead: Int
        /// Ready frames beyond this, while the render waits at `highLead`, are dropped.
        var maxBacklog = 6
        /// Ready frames beyond this are dropped whatever the spacing (memory stays bounded).
        var maxReady = 12
        /// Frames aired between two repeats above `urgentLead` (15: up to 2 a second at 30 fps).
        var spacing = 15
        /// Frames aired between two corrections otherwise (3: up to a third of the frames).
        var urgentSpacing = 3

        init(frameLength: Int, lowLead: Int, urgentLead: Int, highLead: Int) {
            self.frameLength = frameLength
            self.lowLead = lowLead
            self.urgentLead = urgentLead
            self.highLead = highLead
        }

        /// The marks for a render lookahead and a stall timeout (samples): the low mark covers a
        /// stall and 250 ms more, when the lookahead leaves 250 ms above that for jitter, and
        /// stays two frames under the lookahead; the urgent mark is 250 ms.
        init(frameLength: Int, lookahead: Int, stallTimeout: Int) {
            let margin = MediaClock.sampleRate / 4
            let low = max(frameLength, min(stallTimeout + margin, lookahead - margin, lookahead - 2 * frameLength))
            self.init(frameLength: frameLength, lowLead: low, urgentLead: min(low, margin), highLead: lookahead)
        }
    }

    /// What the render thread does with the feed now.
    enum Step: Sendable, Equatable {
        /// Nothing to air yet (no frame ready, or the render is a lookahead ahead).
        case wait
        /// Air the next ready frame.
        case air
        /// Show the last aired frame once more, then air the next ready frame.
        case repeatThenAir
        /// Drop the next ready frame (its sound leads into the next aired frame's).
        case drop
    }

    /// Frames shown twice and frames left out.
    struct Counts: Sendable, Equatable {
        var repeated = 0
        var dropped = 0

        static func - (a: Counts, b: Counts) -> Counts { Counts(repeated: a.repeated - b.repeated, dropped: a.dropped - b.dropped) }
        static func += (a: inout Counts, b: Counts) { a = Counts(repeated: a.repeated + b.repeated, dropped: a.dropped + b.dropped) }
    }

    let settings: Settings
    /// Frames repeated and dropped since the start.
    private(set) var counts = Counts()
    /// Frames aired since the last correction (or the last reset).
    private var sinceCorrection = 0

    init(settings: Settings) { self.settings = settings }

    /// The step for a render `lead` (nil: unpaced, every frame airs as it comes) with `ready`
    /// frames ready to air; the caller carries it out.
    mutating func next(lead: Int?, ready: Int) -> Step {
        guard ready > 0 else { return .wait }
        guard let lead else { return aired(.air) }
        if lead + settings.frameLength > settings.highLead {
            guard ready > settings.maxBacklog && sinceCorrection >= settings.urgentSpacing || ready > settings.maxReady else {
                return .wait
            }
            counts.dropped += 1
            sinceCorrection = 0
            return .drop
        }
        let behind = lead < settings.urgentLead && sinceCorrection >= settings.urgentSpacing
            || lead < settings.lowLead && sinceCorrection >= settings.spacing
        if ready == 1, behind {
            counts.repeated += 1
            sinceCorrection = 0
            return aired(.repeatThenAir)
        }
        return aired(.air)
    }

    /// A new feed (or the same after a switch): a repeat needs frames aired first.
    mutating func reset() { sinceCorrection = 0 }

    private mutating func aired(_ step: Step) -> Step {
        sinceCorrection += 1
        return step
    }
}

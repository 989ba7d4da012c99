import Foundation
import Scheduler
import StandInCore

/// One aired segment as written to the as-run log: what brands and regulators ask for
/// (when, what, which persona version, the exact lines, where it went) plus what the
/// planner needs to resume (`entry`).
public struct AsRunRecord: Sendable, Codable, Equatable {
    public var channel: String
    /// Position in the plan (0, 1, 2, … since the epoch).
    public var index: Int
    public var kind: Segment.Kind
    public var productID: String?
    public var host: String?
    /// Samples since the channel's epoch (48 kHz).
    public var start: Int
    public var length: Int
    /// Wall-clock start and end as measured when it aired: the wall clock's reading when its
    /// first sample went out (`resumedAt`'s, when it came on air inside), plus the length that
    /// really aired. Planned times only for a `skipped` entry and in unpaced runs.
    public var startTime: Date
    public var endTime: Date
    /// First and last+1 audio sample of the segment in the output stream (48 kHz pts).
    public var ptsStart: Int
    public var ptsEnd: Int
    public var personaVersion: String
    /// The lines as shown (captions); empty for holds and human blocks.
    public var lines: [String]
    /// Lines the guardrails kept off air, with the rule and phrase.
    public var blocked: [String]
    /// Destinations on air at the end of the segment (names; redacted URLs in status only).
    public var destinations: [String]
    /// Operator commands and answered questions during the segment (absent when none).
    public var events: [AsRunEvent]?
    /// Relay mode: every switch between the human feed and the virtual host inside a human
    /// block, in order (nil elsewhere).
    public var switches: [Switch]? = nil
    /// Relay mode: the human host's frames shown twice (a feed slower than the channel's clock)
    /// and left out (a faster one) to keep the output on time (nil elsewhere).
    public var feedFrames: FeedFrames? = nil
    /// Parts the segment aired without because building them failed (absent when none).
    public var degraded: [Degradation]? = nil
    /// True when the segment was cut before its end: the process was killed (logged by the
    /// next start, up to the last evidence of it on air) or stopped (SIGINT/SIGTERM). Its
    /// `length` is what aired; absent when it ran to its end.
    public var interrupted: Bool? = nil
    /// Where a restarted process came on air inside this segment (channel position): from
    /// `start` to here the channel was off air. Absent when it aired from its start.
    public var resumedAt: Int? = nil
    /// True for a planned segment a forward wall-clock step jumped over: it never aired (its
    /// times and length are the plan's). Absent otherwise.
    public var skipped: Bool? = nil
    /// True on the first segment after a wall-clock step: the plan was rebuilt from its start
    /// (its events hold the step). Absent otherwise.
    public var replanned: Bool? = nil
    /// Viewers' comments while the segment aired: how many got each choice (`queued`,
    /// `merged`, `chit_chat`, `rate_limited`, …; docs/comments.md). Absent when none came.
    public var comments: [String: Int]? = nil

    /// How a relayed feed was held to the channel's clock.
    public struct FeedFrames: Sendable, Codable, Equatable {
        public var repeated: Int
        public var dropped: Int
    }

    /// One switch of a relayed shift.
    public struct Switch: Sendable, Codable, Equatable {
        /// Who went on air: `human` or `virtual`.
        public var to: String
        /// Why: shiftStarted, feedStable, feedStalled, feedEnded, feedBroken, shiftEnded.
        public var reason: String
        /// Channel position (48 kHz samples since the epoch) and the clock's wall time.
        public var at: Int
        public var time: Date
    }

    /// Times as measured: `start` is the wall clock's reading when the first sample went out,
    /// the end that plus the length that really aired (from `resumedAt` when it came on air
    /// inside).
    mutating func measured(from start: Date) {
        startTime = start
        let aired = self.start + length - (resumedAt ?? self.start)
        endTime = start.addingTimeInterval(Double(max(0, aired)) / Double(MediaClock.sampleRate))
    }

    /// Plan order: by segment number (numbers only grow, while a backward clock step makes
    /// channel positions go back), then by start.
    static func inPlanOrder(_ first: AsRunRecord, _ second: AsRunRecord) -> Bool {
        (first.index, first.start) < (second.index, second.start)
    }

    /// What the planner replays on restart.
    public var entry: AsRunEntry {
        AsRunEntry(index: index, start: start, kind: kind, productID: productID, actualLength: length, skipped: skipped,
                   replannedIndex: replanned == true ? index : nil)
    }
}

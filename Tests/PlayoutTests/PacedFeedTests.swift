import Foundation
import MediaIO
@testable import Playout
import StandInCore
import Testing

/// A feed on literal timelines: frame k of a 30 fps feed (with its 1,600 samples of a 1 kHz
/// tone) arrives at k × 1,600 / rate samples, plus the delays a test adds; the render looks
/// every 10 ms, as the engine does, and airs what `PacedFeed` returns, one output frame
/// (1,600 samples) each. A 2 s lookahead, a 0.5 s stall timeout (the low mark at 0.75 s); the
/// render starts 0.5 s ahead of the clock, where a takeover finds it (the boundary margin).
@Suite("Paced feed on a timeline")
struct PacedFeedTests {
    static let frame = 1_600
    static let settings = FeedPacing.Settings(frameLength: frame, lookahead: 96_000, stallTimeout: 24_000)

    struct Run {
        var leads: [Int] = []           // the render's lead after each look
        var backlogs: [Int] = []
        var audio: [Float] = []         // left channel as aired
        var framesOut = 0
        var counts = FeedPacing.Counts()
    }

    /// `seconds` of a feed at `rate`; `delay(k)` holds frame k back (samples; order is kept).
    static func run(rate: Double, seconds: Int, startLead: Int = 24_000, delay: (Int) -> Int = { _ in 0 }) -> Run {
        var feed = PacedFeed(samplesPerFrame: frame, pacing: settings)
        var result = Run()
        var position = startLead, sent = 0, lastArrival = 0
        for now in stride(from: 0, to: seconds * 48_000, by: 480) {
            while true {
                let arrival = max(lastArrival, Int(Double(sent * frame) / rate) + delay(sent))
                guard arrival <= now else { break }
                lastArrival = arrival
                feed.add(.video(RGBAImage(width: 2, height: 2), frame: Int64(sent)))
                feed.add(.audio(tone(from: sent * frame, count: frame), sample: Int64(sent * frame)))
                sent += 1
            }
            var frames = feed.next(lead: position - now)
            while !frames.isEmpty {
                for out in frames {
                    result.audio += stride(from: 0, to: out.audio.count, by: 2).map { out.audio[$0] }
                    position += frame
                    result.framesOut += 1
                }
                frames = feed.next(lead: position - now)
            }
            result.leads.append(position - now)
            result.backlogs.append(feed.backlog)
        }
        result.counts = feed.pacing.counts
        return result
    }

    static func tone(from sample: Int, count: Int) -> [Float] {
        (sample..<sample + count).flatMap { i in
            let value = Float(0.5 * sin(2 * Double.pi * 1_000 * Double(i) / 48_000))
            return [value, value]
        }
    }

    /// The largest step between neighbouring samples: a 1 kHz tone at 0.5 moves 0.065 at most;
    /// a splice without a fade jumps up to 0.87 (a third of a period).
    static func largestStep(_ samples: [Float]) -> Float {
        zip(samples, samples.dropFirst()).map { abs($1 - $0) }.max() ?? 0
    }

    @Test func aSlowFeedIsRepeatedSoTheRenderNeverFallsBehindTheClock() {
        let run = Self.run(rate: 0.95, seconds: 60)
        // 5 % of 1,800 frames is 90, and the lead rose from 0.5 s to the low mark (7.5 frames).
        #expect((88...105).contains(run.counts.repeated) && run.counts.dropped == 0, "\(run.counts)")
        #expect(run.leads.suffix(3_000).min()! >= 36_000 - 2 * Self.frame, "the lead held at the low mark")
        #expect(run.leads.min()! >= 24_000 - 2 * Self.frame, "never under where it started")
        #expect(Self.largestStep(run.audio) < 0.08, "no click where a frame was repeated")
    }

    @Test func aFastFeedIsDroppedSoTheBacklogStaysBounded() {
        let run = Self.run(rate: 1.05, seconds: 60)
        // The lead rises to the lookahead (45 frames, 30 s), then 1.5 frames a second go.
        #expect((30...55).contains(run.counts.dropped) && run.counts.repeated <= 8, "\(run.counts)")
        #expect(run.leads.max()! <= 96_000 && run.backlogs.max()! <= 8, "lead \(run.leads.max()!), backlog \(run.backlogs.max()!)")
        #expect(run.framesOut >= 60 * 30 + 44, "the output kept real time")
        #expect(Self.largestStep(run.audio) < 0.08, "no click where a frame was dropped")
    }

    /// A file pushed unpaced: three times real time. A third of its frames go out (one drop in
    /// three aired frames is not enough); the rest go at once beyond 12, so memory stays bounded.
    @Test func aFloodIsCutToTheClockWithABoundedBacklog() {
        let run = Self.run(rate: 3.0, seconds: 20)
        #expect(run.backlogs.max()! <= 13, "the backlog at \(run.backlogs.max()!) frames")
        #expect(run.leads.max()! <= 96_000 && abs(run.framesOut - (20 * 30 + 45)) <= 2, "\(run.framesOut) frames out")
        #expect(run.counts.dropped >= 3 * 20 * 30 - run.framesOut - 15, "\(run.counts)")
        #expect(Self.largestStep(run.audio) < 0.08, "no click where frames were dropped in a row")
    }

    /// Every 2 s a quarter second of frames comes late in one burst (the network): no correction.
    @Test func aJitteryFeedAtTheRightRateIsNeitherRepeatedNorDropped() {
        let run = Self.run(rate: 1.0, seconds: 60, startLead: 48_000) { k in k % 60 < 8 ? (8 - k % 60) * Self.frame : 0 }
        #expect(run.counts == FeedPacing.Counts(), "\(run.counts)")
        #expect(run.framesOut >= 60 * 30 && run.leads.min()! > 24_000)
    }

    /// The encoder stops for 0.45 s (under the stall timeout) and goes on where it was.
    @Test func nothingIsRepeatedWhileTheFeedIsSilent() {
        let run = Self.run(rate: 1.0, seconds: 20, startLead: 48_000) { k in k >= 300 ? 21_600 : 0 }
        let silent = Array(run.leads[1_000..<1_044])   // the looks (10 ms each) inside the pause
        #expect(zip(silent, silent.dropFirst()).allSatisfy { $1 < $0 }, "the lead only drains while nothing comes")
        #expect((5...8).contains(run.counts.repeated), "then it is brought back over the low mark: \(run.counts)")
        #expect(run.leads.suffix(500).min()! >= 36_000 - 2 * Self.frame)
    }
}

@testable import Playout
import Testing

/// The pacing decision on literal numbers: 30 fps (1,600 samples a frame), a 2 s lookahead and
/// a 0.5 s stall timeout: the low mark at 0.75 s, the urgent one at 0.25 s, at most 6 frames of
/// backlog (12 whatever the spacing); a repeat every 15 frames at most above the urgent mark,
/// every 3 under it.
@Suite("Feed pacing")
struct FeedPacingTests {
    static let settings = FeedPacing.Settings(frameLength: 1_600, lookahead: 96_000, stallTimeout: 24_000)

    /// A pacing that has aired 15 frames, so it may correct at once.
    static func primed() -> FeedPacing {
        var pacing = FeedPacing(settings: settings)
        for _ in 0..<15 { _ = pacing.next(lead: 40_000, ready: 1) }
        return pacing
    }

    @Test func theMarksComeFromTheLookaheadAndTheStallTimeout() {
        #expect(Self.settings.lowLead == 36_000 && Self.settings.urgentLead == 12_000 && Self.settings.highLead == 96_000)
    }

    @Test(arguments: [
        (40_000, 1, FeedPacing.Step.air),           // between the marks: air as it comes
        (30_000, 1, .repeatThenAir),                // under the low mark, one frame in: repeat the last first
        (30_000, 3, .air),                          // under it, but a burst is in: catch up instead
        (30_000, 0, .wait),                         // nothing came (a stall begins): never repeat into it
        (-5_000, 1, .repeatThenAir),                // already behind the clock
        (95_000, 3, .wait),                         // at the lookahead: the feed waits
        (95_000, 7, .drop),                         // at the lookahead with 7 ready: drop one
        (60_000, 7, .air),                          // a backlog under the lookahead is aired, not dropped
    ] as [(Int, Int, FeedPacing.Step)])
    func theStepFollowsTheLeadAndTheFramesReady(lead: Int, ready: Int, step: FeedPacing.Step) {
        var pacing = Self.primed()
        #expect(pacing.next(lead: lead, ready: ready) == step)
    }

    @Test func unpacedEveryFrameAirsAsItComes() {
        var pacing = FeedPacing(settings: Self.settings)
        #expect(pacing.next(lead: nil, ready: 9) == .air)
        #expect(pacing.next(lead: nil, ready: 0) == .wait)
    }

    @Test func repeatsAreGentleAboveTheUrgentMarkAndEveryThirdFrameUnderIt() {
        var pacing = Self.primed()
        let gentle = (0..<31).map { _ in pacing.next(lead: 30_000, ready: 1) }
        #expect(gentle.indices.filter { gentle[$0] == .repeatThenAir } == [0, 15, 30])
        let urgent = (0..<7).map { _ in pacing.next(lead: 8_000, ready: 1) }
        #expect(urgent == [.air, .air, .repeatThenAir, .air, .air, .repeatThenAir, .air])
        let drops = (0..<4).map { _ in pacing.next(lead: 96_000, ready: 8) }
        #expect(drops == [.wait, .wait, .wait, .wait], "not 3 frames aired since the last correction")
        #expect(pacing.next(lead: 96_000, ready: 13) == .drop, "beyond 12 ready the oldest goes at once")
        #expect(pacing.counts == FeedPacing.Counts(repeated: 5, dropped: 1))
        pacing.reset()
        #expect(pacing.next(lead: 8_000, ready: 1) == .air, "after a switch frames air before any repeat")
    }

    @Test(arguments: [
        (96_000, 24_000, 36_000),   // 2 s lookahead, 0.5 s stall: the stall and 250 ms
        (48_000, 24_000, 36_000),   // 1 s: the same, 250 ms under the lookahead
        (36_000, 24_000, 24_000),   // 0.75 s: 250 ms under the lookahead
        (4_800, 24_000, 1_600),     // 0.1 s: a frame (two under the lookahead)
    ])
    func theLowMarkCoversAStallWhenTheLookaheadAllows(lookahead: Int, stall: Int, low: Int) {
        let settings = FeedPacing.Settings(frameLength: 1_600, lookahead: lookahead, stallTimeout: stall)
        #expect(settings.lowLead == low && settings.urgentLead == min(low, 12_000) && settings.highLead == lookahead)
    }
}

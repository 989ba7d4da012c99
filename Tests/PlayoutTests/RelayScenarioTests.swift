import Foundation
import MediaIO
@testable import Playout
import Scheduler
import StandInCore
import Testing
import TestSupport

/// A relayed shift in-process, the feed scripted on the manual clock: what
/// `EndToEndTests/RelayStreamTests` proves against nginx in real time, in seconds.
@Suite("Live engine scenarios: relay (in-process, manual clock)", .serialized, .timeLimit(.minutes(2)))
struct RelayScenarioTests {
    static let rate = MediaClock.sampleRate

    /// The clock starts 10 s before the shift. Host A is there before the shift and taken at its
    /// start; A drops (no packet after 25 s): the virtual host covers from the stall, with the
    /// bridge line; host B publishes at 28 s and is taken once stable for 2 s; the shift's end
    /// hands back to the virtual host. One session, one timeline throughout.
    @Test func relaysTheHostFallsBackWhenTheFeedDiesAndTakesANewFeedBack() throws {
        let harness = try EngineHarness(start: "10:00:50", shift: "10:01-10:02", relay: (stableSeconds: 2, takeEarlySeconds: 0))
        try harness.engine(seconds: 80, feed: [Duration.seconds(0)..<Duration.seconds(25), Duration.seconds(28)..<Duration.seconds(150)]).run()
        let records = try harness.asRun()
        let human = try #require(records.first { $0.kind == .human }, "\(records.summary)")
        let switches = try #require(human.switches)
        #expect(switches.map { "\($0.to) \($0.reason)" } == ["human shiftStarted", "virtual feedStalled", "human feedStable", "virtual shiftEnded"],
                "\(switches.map { "\($0.to) \($0.reason) @\($0.at / 48) ms" })")
        #expect(human.start == 10 * Self.rate && human.length == 60 * Self.rate)
        if switches.count == 4 {
            // The render runs up to the lookahead (1 s) ahead of the clock the feed is on.
            #expect(switches[0].at == human.start)
            #expect((25 * Self.rate + Self.rate / 2)...(27 * Self.rate + Self.rate / 2) ~= switches[1].at, "stall noticed \(switches[1].at / 48) ms")
            // Taken at the cover's next sentence boundary once stable (the bridge line may be on).
            #expect((30 * Self.rate)...(36 * Self.rate) ~= switches[2].at, "stable after 2 s: \(switches[2].at / 48) ms")
            #expect(switches[3].at == human.start + human.length)
        }
        #expect(human.lines.contains(RelaySettings.defaultBridgeLine(harness.persona.language)), "the bridge line aired: \(human.lines)")
        #expect(records.contains { $0.kind == .welcomeBack })
        #expect(harness.log.all.contains { $0.contains("relay switch") && $0.contains("reason=feedStalled") })
        let sessions = harness.sinks.sessions
        try #require(sessions.count == 1, "the relay keeps the one session")
        let video = sessions[0].packets(.video)
        let frames = Set(video.map(\.pts))
        #expect(frames.count == video.count && frames.max()! - frames.min()! + 1 == Int64(frames.count), "every frame once, none missing")
        #expect(zip(video, video.dropFirst()).allSatisfy { $0.dts < $1.dts })
        // How the feed is held to the clock (frames repeated and dropped) is proven in real time
        // by EndToEndTests/RelayClockTests: the manual clock jumps, so its counts mean nothing here.
    }

    /// Three drops of 0.9 s within 10 s: the first brings the virtual host back; each later one
    /// restarts (and doubles) the stable time, so the flapping feed is not taken again.
    @Test func aFlappingFeedCausesOneSwitchNotAStorm() throws {
        let harness = try EngineHarness(start: "10:00:50", shift: "10:01-10:02", relay: (stableSeconds: 3, takeEarlySeconds: 0))
        let present: [Range<Duration>] = [Duration.seconds(0)..<Duration.milliseconds(12_000), Duration.milliseconds(12_900)..<Duration.milliseconds(15_300),
                                          Duration.milliseconds(16_200)..<Duration.milliseconds(18_600), Duration.milliseconds(19_500)..<Duration.seconds(150)]
        try harness.engine(seconds: 28, feed: present).run()
        let human = try #require(try harness.asRun().first { $0.kind == .human })
        let switches = (human.switches ?? []).map { "\($0.to) \($0.reason)" }
        #expect(Array(switches.prefix(2)) == ["human shiftStarted", "virtual feedStalled"], "\(switches)")
        #expect(switches.filter { $0.hasPrefix("human") }.count == 1, "no storm: \(switches)")
    }

    /// `take_early_s`: a feed present before the shift is taken at a segment's start within
    /// that window, after the arrival line, and stays on air up to the shift.
    @Test func aFeedBeforeTheShiftIsTakenEarlyWhenTheChannelSaysSo() throws {
        let harness = try EngineHarness(shift: "10:01-10:02", relay: (stableSeconds: 2, takeEarlySeconds: 60))
        try harness.engine(seconds: 60, feed: [Duration.seconds(20)..<Duration.seconds(200)]).run()
        let records = try harness.asRun()
        let early = try #require(records.first { $0.switches?.isEmpty == false }, "\(records.summary)")
        #expect(early.switches?.map { "\($0.to) \($0.reason)" } == ["human takenEarly"])
        #expect(early.kind != .human && early.start >= 20 * Self.rate, "a virtual segment's slot, once the feed was there")
        #expect(early.lines == [RelaySettings.defaultArrivalLine(harness.persona.language).replacingOccurrences(of: "{{host}}", with: "Lily")],
                "the arrival line, then the host: \(early.lines)")
        #expect(records.last?.ptsEnd == 60 * Self.rate, "the early span runs to the shift's start: \(records.summary)")
        expectTiledEntries(records)
    }

    private func expectTiledEntries(_ records: [AsRunRecord], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (a, b) in zip(records, records.dropFirst()) {
            #expect(a.start + a.length == b.start, "gap or overlap after \(a.index): \(records.summary)", sourceLocation: sourceLocation)
        }
    }
}

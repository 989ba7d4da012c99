import Playout
import Testing

/// The relay switch driven with literal timelines (positions in 48 kHz samples).
@Suite("Relay switch")
struct RelaySwitchTests {
    /// `seconds` as a stream position.
    static func at(_ seconds: Double) -> Int { Int(seconds * 48_000) }

    /// Packets every 40 ms from `from` up to (not including) `to`; returns every action.
    static func packets(_ relay: inout RelaySwitch, from: Double, to: Double) -> [RelaySwitch.Action] {
        stride(from: from, to: to, by: 0.04).flatMap { relay.feed(.packet, at: at($0)) }
    }

    @Test func shiftStartWithFeedPresentHandsOverAtTheBoundaryAfterTheHandoffLine() {
        var relay = RelaySwitch()
        #expect(relay.feed(.arrived, at: Self.at(59.9)) == [])
        #expect(relay.state == .virtual)   // early feed: waits for the shift
        #expect(relay.shiftStarted(at: Self.at(60)) == [.say(.handoff)])
        #expect(relay.state == .handingOver && relay.aiOverlaysVisible)
        _ = Self.packets(&relay, from: 60, to: 62)
        #expect(relay.sentenceBoundary(at: Self.at(61)) == [])   // the sentence before the handoff line
        #expect(relay.sentenceBoundary(at: Self.at(61.9), finished: .handoff) == [.switchTo(.human, reason: .shiftStarted)])
        #expect(relay.state == .human && relay.source == .human && !relay.aiOverlaysVisible)
        #expect(relay.switchCount == 1)
    }

    @Test func earlyFeedWaitsForTheShiftUnlessTakenEarly() {
        var waiting = RelaySwitch()
        _ = waiting.feed(.arrived, at: 0)
        _ = Self.packets(&waiting, from: 0, to: 5)
        #expect(waiting.sentenceBoundary(at: Self.at(4), finished: .handoff) == [])
        #expect(waiting.state == .virtual && waiting.switchCount == 0)

        var early = RelaySwitch(settings: .init(takeEarly: true))
        #expect(early.feed(.arrived, at: 0) == [.say(.handoff)])
        #expect(Self.packets(&early, from: 0.04, to: 2) == [])
        #expect(early.sentenceBoundary(at: Self.at(2), finished: .handoff) == [.switchTo(.human, reason: .takenEarly)])
    }

    @Test func noFeedAtShiftStartMeansNoHandoffUntilItArrives() {
        var relay = RelaySwitch()
        #expect(relay.shiftStarted(at: 0) == [])
        #expect(relay.sentenceBoundary(at: Self.at(3)) == [])
        #expect(relay.feed(.arrived, at: Self.at(5)) == [.say(.handoff)])
    }

    /// A relay with the human on air since 10 s, packets up to `lastPacket`.
    static func humanOnAir(until lastPacket: Double, _ settings: RelaySwitch.Settings = .init()) -> RelaySwitch {
        var relay = RelaySwitch(settings: settings)
        _ = relay.shiftStarted(at: 0)
        _ = relay.feed(.arrived, at: at(9))
        _ = packets(&relay, from: 9.04, to: 10)
        _ = relay.sentenceBoundary(at: at(10), finished: .handoff)
        _ = packets(&relay, from: 10, to: lastPacket + 0.001)
        return relay
    }

    @Test func aStallOf500msBringsTheVirtualHostBackInTheSameStep() {
        var relay = Self.humanOnAir(until: 20)
        #expect(relay.tick(at: Self.at(20.45)) == [])
        #expect(relay.tick(at: Self.at(20.5)) == [.switchTo(.virtual, reason: .feedStalled), .say(.bridge)])
        #expect(relay.state == .fallback && relay.aiOverlaysVisible && !relay.feedPresent)
    }

    @Test(arguments: [(RelaySwitch.FeedEvent.ended, RelaySwitch.Reason.feedEnded), (.broken, .feedBroken), (.stalled, .feedStalled)])
    func aReportedDropFallsBackAtOnce(event: RelaySwitch.FeedEvent, reason: RelaySwitch.Reason) {
        var relay = Self.humanOnAir(until: 20)
        #expect(relay.feed(event, at: Self.at(20.01)) == [.switchTo(.virtual, reason: reason), .say(.bridge)])
    }

    @Test func aReturningFeedIsTakenOnlyAfterTheStableTime() {
        var relay = Self.humanOnAir(until: 20)
        _ = relay.feed(.ended, at: Self.at(20.1))
        #expect(relay.feed(.arrived, at: Self.at(22)) == [])
        #expect(relay.state == .recovering && relay.source == .virtual)
        _ = Self.packets(&relay, from: 22, to: 26)
        #expect(relay.sentenceBoundary(at: Self.at(24.9)) == [])   // 2.9 s stable: not yet
        #expect(relay.sentenceBoundary(at: Self.at(25.1)) == [.switchTo(.human, reason: .feedStable)])
        #expect(relay.switchCount == 3)
    }

    @Test func aFlappingFeedCausesABoundedNumberOfSwitchesAndALongerStableTime() {
        var relay = Self.humanOnAir(until: 20)
        var actions: [RelaySwitch.Action] = []
        var stableTimes: [Duration] = []
        // Three drops within 10 s: 0.2 s gaps after 1 s of packets, with sentence boundaries every 2 s.
        var clock = 20.0
        for _ in 0..<3 {
            actions += relay.feed(.ended, at: Self.at(clock + 0.02))
            stableTimes.append(relay.requiredStableTime)
            actions += relay.feed(.arrived, at: Self.at(clock + 0.2))
            actions += Self.packets(&relay, from: clock + 0.24, to: clock + 1.2)
            actions += relay.sentenceBoundary(at: Self.at(clock + 1))
            clock += 1.2
        }
        // Then a steady feed with a sentence boundary every 2 s for a minute.
        actions += Self.packets(&relay, from: clock, to: clock + 60)
        for boundary in stride(from: clock, to: clock + 60, by: 2) { actions += relay.sentenceBoundary(at: Self.at(boundary)) }
        let switches = actions.filter { if case .switchTo = $0 { true } else { false } }
        #expect(stableTimes == [.seconds(3), .seconds(6), .seconds(12)])
        #expect(switches == [.switchTo(.virtual, reason: .feedEnded), .switchTo(.human, reason: .feedStable)])
        #expect(relay.switchCount == 3)   // handover, one fallback, one return
        #expect(actions.filter { $0 == .say(.bridge) }.count == 1)
    }

    @Test func stableTimeIsCapped() {
        var relay = Self.humanOnAir(until: 20, .init(maxStableTime: .seconds(20)))
        for i in 0..<8 {
            _ = relay.feed(.ended, at: Self.at(20 + Double(i)))
            _ = relay.feed(.arrived, at: Self.at(20.5 + Double(i)))
        }
        #expect(relay.requiredStableTime == .seconds(20))
    }

    @Test func shiftEndBringsTheVirtualHostBackWithWelcomeBack() {
        var relay = Self.humanOnAir(until: 3_600)
        #expect(relay.shiftEnded(at: Self.at(3_600)) == [.switchTo(.virtual, reason: .shiftEnded), .say(.welcomeBack)])
        #expect(relay.state == .virtual && relay.aiOverlaysVisible)
        _ = Self.packets(&relay, from: 3_600, to: 3_602)   // the host lingers: not taken again
        #expect(relay.sentenceBoundary(at: Self.at(3_601), finished: .handoff) == [])
        #expect(relay.switchCount == 2)
    }

    @Test func everySwitchCarriesItsReason() {
        var relay = Self.humanOnAir(until: 20)
        var log: [RelaySwitch.Action] = []
        log += relay.tick(at: Self.at(21))
        log += relay.feed(.arrived, at: Self.at(22))
        _ = Self.packets(&relay, from: 22, to: 30)
        log += relay.sentenceBoundary(at: Self.at(29))
        log += relay.shiftEnded(at: Self.at(30))
        let reasons = log.compactMap { if case let .switchTo(_, reason) = $0 { reason } else { nil } }
        #expect(reasons == [.feedStalled, .feedStable, .shiftEnded])
    }
}

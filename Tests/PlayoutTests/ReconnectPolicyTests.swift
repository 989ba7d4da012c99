import Playout
import Testing

@Suite("Reconnect policy")
struct ReconnectPolicyTests {
    /// A policy whose jitter source returns `jitter` every time; no probes unless `probe` is set.
    static func policy(jitter: Double = 0, probe: Duration = .zero, _ settings: ReconnectPolicy.Settings = .init()) -> ReconnectPolicy {
        var settings = settings
        settings.probeInterval = probe
        return ReconnectPolicy(settings: settings, random: { jitter })
    }

    @Test func firstConnectionGoesOutAtOnce() {
        #expect(Self.policy().start() == .connect)
    }

    @Test("OBS-like defaults: 2 s, ×1.5 per failure in a row, at most 60 s")
    func delaysGrowFromTwoSecondsUpToSixty() {
        var policy = Self.policy()
        let delays = (1...12).map { _ in policy.connectFailed() }
        #expect(delays == [2_000, 3_000, 4_500, 6_750, 10_125, 15_188, 22_781, 34_172, 51_258, 60_000, 60_000, 60_000]
            .map { .wait(.milliseconds($0)) })
        #expect(policy.failures == 12)
    }

    @Test("jitter is at most 20 % either way", arguments: [(1.0, 2_400), (-1.0, 1_600), (0.5, 2_200), (3.0, 2_400)])
    func jitter(random: Double, milliseconds: Int64) {
        var policy = Self.policy(jitter: random)
        #expect(policy.connectFailed() == .wait(.milliseconds(milliseconds)))
    }

    @Test func jitterNeverExceedsTheCap() {
        var high = Self.policy(jitter: 1, .init(growth: 2, maxDelay: .seconds(30)))
        let delays = (1...6).map { _ in high.connectFailed() }
        #expect(delays == [2_400, 4_800, 9_600, 19_200, 30_000, 30_000].map { .wait(.milliseconds($0)) })
        var low = Self.policy(jitter: -1, .init(growth: 2, maxDelay: .seconds(30)))
        for _ in 1...5 { _ = low.connectFailed() }
        #expect(low.connectFailed() == .wait(.seconds(24)))
    }

    @Test func aConnectionThatStayedUpResetsTheDelay() {
        var policy = Self.policy(.init(growth: 2))
        _ = policy.connectFailed()                                      // 2 s
        _ = policy.connectFailed()                                      // 4 s
        #expect(policy.connectionLost(after: .seconds(3)) == .wait(.seconds(8)))   // too short to count
        #expect(policy.connectionLost(after: .seconds(10)) == .wait(.seconds(2)))  // healthy: start over
        #expect(policy.failures == 1)
        #expect(policy.connectFailed() == .wait(.seconds(4)))
    }

    @Test func customSettings() {
        var policy = Self.policy(jitter: 0, .init(firstDelay: .milliseconds(500), growth: 3, maxDelay: .seconds(5),
                                                  jitter: 0.1, resetAfter: .seconds(1)))
        let delays = (1...4).map { _ in policy.connectFailed() }
        #expect(delays == [500, 1_500, 4_500, 5_000].map { .wait(.milliseconds($0)) })
        #expect(policy.connectionLost(after: .seconds(1)) == .wait(.milliseconds(500)))
    }

    @Test func manyFailuresStayAtTheCap() {
        var policy = Self.policy()
        for _ in 1...10_000 { _ = policy.connectFailed() }
        #expect(policy.connectFailed() == .wait(.seconds(60)))
    }

    @Test("a server that comes back is connected to at the first probe that finds its port open")
    func probeFindsTheServerBack() {
        var policy = Self.policy(probe: .seconds(1))
        #expect(policy.connectionLost(after: .seconds(60), at: .seconds(100)) == .probe(after: .zero))
        #expect(policy.probed(open: false, at: .seconds(100)) == .probe(after: .seconds(1)))
        #expect(policy.probed(open: false, at: .seconds(101)) == .wait(.seconds(1)), "1 s left of the 2 s backoff")
        #expect(policy.connectFailed(at: .seconds(102)) == .probe(after: .zero))            // refused: 3 s backoff
        #expect(policy.nextAttempt == .seconds(105))
        #expect(policy.probed(open: false, at: .seconds(102)) == .probe(after: .seconds(1)))
        #expect(policy.probed(open: true, at: .seconds(103)) == .connect, "back 2 s before the backoff ends")
    }

    @Test("a port that stays open while connects fail gives no shortcut: the backoff holds")
    func openPortRefusingTheStreamIsNotHammered() {
        var policy = Self.policy(probe: .seconds(1))
        var now = Duration.seconds(0)
        var attempts: [Duration] = []
        var action = policy.connectFailed(at: now)
        while now < .seconds(60) {
            switch action {
            case .connect:
                attempts.append(now)
                action = policy.connectFailed(at: now)
            case let .wait(delay):
                now += delay
                action = .connect
            case let .probe(after: delay):
                now += delay
                action = policy.probed(open: true, at: now)
            }
        }
        #expect(attempts == [2_000, 5_000, 9_500, 16_250, 26_375, 41_563].map { .milliseconds($0) }, "\(attempts)")
    }

    @Test("probes stop one interval before the backoff ends; without probes the worker only waits")
    func probesFitTheBackoff() {
        var policy = Self.policy(probe: .milliseconds(1_500))
        _ = policy.connectFailed(at: .zero)
        #expect(policy.probed(open: false, at: .zero) == .probe(after: .milliseconds(1_500)))
        #expect(policy.probed(open: false, at: .milliseconds(1_500)) == .wait(.milliseconds(500)))
        var plain = Self.policy()
        #expect(plain.connectFailed(at: .seconds(7)) == .wait(.seconds(2)))
        #expect(plain.nextAttempt == .seconds(9))
    }
}

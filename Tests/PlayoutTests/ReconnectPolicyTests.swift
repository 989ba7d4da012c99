import Playout
import Testing

@Suite("Reconnect policy")
struct ReconnectPolicyTests {
    /// A policy whose jitter source returns `jitter` every time.
    static func policy(jitter: Double = 0, _ settings: ReconnectPolicy.Settings = .init()) -> ReconnectPolicy {
        ReconnectPolicy(settings: settings, random: { jitter })
    }

    @Test func firstConnectionGoesOutAtOnce() {
        #expect(Self.policy().start() == .connect)
    }

    @Test func delaysDoubleFromTwoSecondsUpToThirty() {
        var policy = Self.policy()
        let delays = (1...7).map { _ in policy.connectFailed() }
        #expect(delays == [2, 4, 8, 16, 30, 30, 30].map { .wait(.seconds($0)) })
        #expect(policy.failures == 7)
    }

    @Test("jitter is at most 20 % either way", arguments: [(1.0, 2_400), (-1.0, 1_600), (0.5, 2_200), (3.0, 2_400)])
    func jitter(random: Double, milliseconds: Int64) {
        var policy = Self.policy(jitter: random)
        #expect(policy.connectFailed() == .wait(.milliseconds(milliseconds)))
    }

    @Test func jitterNeverExceedsTheCap() {
        var policy = Self.policy(jitter: 1)
        let delays = (1...6).map { _ in policy.connectFailed() }
        #expect(delays == [2_400, 4_800, 9_600, 19_200, 30_000, 30_000].map { .wait(.milliseconds($0)) })
        var low = Self.policy(jitter: -1)
        for _ in 1...5 { _ = low.connectFailed() }
        #expect(low.connectFailed() == .wait(.seconds(24)))
    }

    @Test func aConnectionThatStayedUpResetsTheDelay() {
        var policy = Self.policy()
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
        #expect(policy.connectFailed() == .wait(.seconds(30)))
    }
}

import Studio
import Testing

/// The sign-in limit's state machine, driven with literal times.
@Suite struct SignInLimiterTests {
    let start = ContinuousClock.now
    let keys = SignInLimiter.keys(name: "lin", address: "203.0.113.7")

    func at(_ seconds: Int) -> ContinuousClock.Instant { start + .seconds(seconds) }

    @Test func theSixthAttemptWithinTheWindowWaitsForTheOldestFailureToLeaveIt() {
        var limiter = SignInLimiter(limit: 5, window: .seconds(60))
        for second in [0, 10, 20, 30, 40] {
            #expect(limiter.decision(for: keys, at: at(second)) == .allow)
            limiter.failed(keys, at: at(second))
        }
        #expect(limiter.decision(for: keys, at: at(45)) == .refuse(retryAfter: .seconds(15)))
        #expect(limiter.decision(for: keys, at: at(59)) == .refuse(retryAfter: .seconds(1)))
        #expect(limiter.decision(for: keys, at: at(60)) == .allow)
        // One more failure: the window now starts at the failure at 10 s.
        limiter.failed(keys, at: at(60))
        #expect(limiter.decision(for: keys, at: at(61)) == .refuse(retryAfter: .seconds(9)))
    }

    @Test func nameAndAddressCountApart() {
        var limiter = SignInLimiter(limit: 2, window: .seconds(60))
        limiter.failed(SignInLimiter.keys(name: "a", address: "203.0.113.7"), at: at(0))
        limiter.failed(SignInLimiter.keys(name: "b", address: "203.0.113.7"), at: at(1))
        #expect(limiter.decision(for: SignInLimiter.keys(name: "c", address: "203.0.113.7"), at: at(2))
                == .refuse(retryAfter: .seconds(58)))
        #expect(limiter.decision(for: SignInLimiter.keys(name: "a", address: "203.0.113.8"), at: at(2)) == .allow)
        #expect(limiter.decision(for: SignInLimiter.keys(name: "a", address: nil), at: at(2)) == .allow)
    }

    @Test func successClearsTheNameButNotTheAddress() {
        var limiter = SignInLimiter(limit: 2, window: .seconds(60))
        limiter.failed(keys, at: at(0))
        limiter.failed(keys, at: at(1))
        limiter.succeeded(name: "lin")
        #expect(limiter.decision(for: SignInLimiter.keys(name: "lin", address: nil), at: at(2)) == .allow)
        #expect(limiter.decision(for: keys, at: at(2)) == .refuse(retryAfter: .seconds(58)))
    }

    @Test func oldFailuresAreForgotten() {
        var limiter = SignInLimiter(limit: 5, window: .seconds(60))
        for index in 0..<100 { limiter.failed(SignInLimiter.keys(name: "guess-\(index)", address: nil), at: at(0)) }
        #expect(limiter.trackedKeys == 100)
        limiter.failed(keys, at: at(61))
        #expect(limiter.trackedKeys == 2)
    }

    @Test(arguments: zip([Duration.seconds(15), .milliseconds(14_001), .milliseconds(1), .zero], [Int64(15), 15, 1, 1]))
    func retryAfterRoundsUpToWholeSeconds(wait: Duration, seconds: Int64) {
        #expect(wait.retryAfterSeconds == seconds)
    }
}

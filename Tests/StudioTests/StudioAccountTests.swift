import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
@testable import Studio
import Synchronization
import Testing
import TestSupport

/// Sign-in costs the same for unknown names, sessions end, and answers about ids of another
/// brand read as if the id were not there.
@Suite struct StudioAccountTests {
    /// An unknown name is checked against a hash of the users' own cost: refusing it takes as
    /// long as refusing a real name with a wrong password (medians of 5, within 40 %).
    @Test func anUnknownNameCostsWhatARealOneCosts() throws {
        let hash = Bcrypt.hash("pw", cost: 11)
        let users = UserDirectory(users: [StudioUser(name: "lin", brand: "hillside", role: .staff, passwordHash: hash)])
        func median(_ name: String) -> Double {
            let times = (0..<5).map { _ in
                let started = ContinuousClock.now
                #expect(users.authenticate(name: name, password: "wrong") == nil)
                let elapsed = ContinuousClock.now - started
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            return times.sorted()[2]
        }
        let known = median("lin"), unknown = median("nobody")
        #expect(unknown / known > 0.6 && unknown / known < 1.67, "unknown \(unknown) s, known \(known) s")
        #expect(UserDirectory.cost(of: hash) == 11 && UserDirectory.cost(of: "plain") == nil)
    }

    @Test func aSessionEndsWhenIdleAndAtItsLifetime() {
        let clock = ManualInstant()
        let table = SessionTable(idle: .seconds(60), lifetime: .seconds(300), now: clock.now)
        let user = StudioUser(name: "lin", brand: "hillside", role: .staff, passwordHash: "")
        let idle = table.open(for: user)
        clock.advance(.seconds(59))
        #expect(table.user(for: idle) == user)
        clock.advance(.seconds(60))
        #expect(table.user(for: idle) == nil)
        let busy = table.open(for: user)
        for _ in 0..<9 {
            clock.advance(.seconds(30))
            #expect(table.user(for: busy) == user)
        }
        clock.advance(.seconds(30))   // 300 s after sign-in, used every 30 s
        #expect(table.user(for: busy) == nil)
    }

    @Test func anIdleSessionIsSignedOutOverHTTP() async throws {
        let clock = ManualInstant()
        let harness = try StudioHarness(adjust: { $0.sessionIdle = .seconds(1_800) }, now: clock.now)
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let api = "/studio/api/brands/hillside/personas/ava"
            #expect(try await client.execute(uri: api, method: .get, headers: lin).status == .ok)
            clock.advance(.seconds(1_801))
            #expect(try await client.execute(uri: api, method: .get, headers: lin).status == .unauthorized)
            let page = try await client.execute(uri: "/studio/personas", method: .get, headers: lin)
            #expect(page.status == .seeOther && page.headers[.location] == "/studio/login")
        }
    }

    /// Eve (brand rival) asks her own brand for ids: one that brand hillside holds and one
    /// nobody holds. Every answer reads the same, and none names hillside.
    @Test func anotherBrandsIdReadsAsAbsent() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin"), eve = try await signIn(client, "eve")
            let saved = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/versions", method: .post,
                                                 headers: lin, body: jsonBody(fields: fields))
            #expect(saved.status == .created)
            var answers: [String: [String]] = [:]
            for id in ["ava", "nobody-has-it"] {
                let api = "/studio/api/brands/rival/personas/\(id)"
                let requests: [(String, HTTPRequest.Method, ByteBuffer?)] = [
                    (api, .get, nil), (api + "/versions/1", .get, nil), (api + "/publish", .post, jsonBody(version: 1)),
                    (api + "/rollback", .post, jsonBody(version: 1)), ("/studio/brands/rival/personas/\(id)", .get, nil),
                    ("/studio/brands/rival/personas/\(id)/diff?from=1&to=1", .get, nil),
                ]
                for (uri, method, body) in requests {
                    let response = try await client.execute(uri: uri, method: method, headers: eve, body: body)
                    #expect(!response.text.contains("hillside"), "\(uri)")
                    let text = response.text.replacingOccurrences(of: id, with: "ID")
                    answers[id, default: []].append("\(response.status.code) \(method == .get && !uri.contains("diff") && !uri.contains("versions/") ? "" : text)")
                }
            }
            #expect(answers["ava"] == answers["nobody-has-it"])
        }
    }
}

/// A clock the test moves by hand.
final class ManualInstant: Sendable {
    private let offset = Mutex(Duration.zero)
    private let start = ContinuousClock.now

    var now: @Sendable () -> ContinuousClock.Instant { { [self] in start + offset.withLock { $0 } } }
    func advance(_ duration: Duration) { offset.withLock { $0 += duration } }
}

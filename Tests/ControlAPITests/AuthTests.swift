import Hummingbird
import HummingbirdTesting
import Testing
@testable import ControlAPI

/// Every route refuses a missing or unknown token (401) and a token for other channels (403),
/// and lets this channel's and a shared token through.
@Suite("Control API auth")
struct AuthTests {
    static let routes: [(HTTPRequest.Method, String, String?)] = [
        (.get, "/status", nil), (.get, "/asrun", nil), (.get, "/metrics", nil),
        (.post, "/skip", nil), (.post, "/pause", nil),
        (.post, "/inject", #"{"kind": "brand_story"}"#),
        (.post, "/questions", #"{"viewer": "Mia", "text": "how long does the tea keep?"}"#),
    ]

    @Test("no token → 401, unknown token → 401, another channel's token → 403 on every route")
    func refusals() async throws {
        let fixture = try APIFixture()
        try await fixture.test { client in
            for (method, uri, json) in Self.routes {
                let none = try await client.call(method, uri, token: nil, json: json)
                #expect(none.status == .unauthorized, "\(uri) without a token")
                #expect(none.body.contains("Authorization: Bearer"))
                let wrong = try await client.call(method, uri, token: "guess-0123456789abcdefgh", json: json)
                #expect(wrong.status == .unauthorized, "\(uri) with an unknown token")
                let other = try await client.call(method, uri, token: APIFixture.otherChannelToken, json: json)
                #expect(other.status == .forbidden, "\(uri) with another channel's token")
                #expect(other.body.contains("tea-room"))
            }
        }
        #expect(fixture.desk.status().commandsWaiting == 0)
        #expect(fixture.desk.status().questionsWaiting == 0)
    }

    @Test("this channel's token and a shared token are let through on every route")
    func acceptance() async throws {
        for token in [APIFixture.operatorToken, APIFixture.sharedToken] {
            let fixture = try APIFixture()
            try await fixture.test { client in
                for (method, uri, json) in Self.routes {
                    let answer = try await client.call(method, uri, token: token, json: json)
                    #expect([.ok, .accepted].contains(answer.status), "\(uri): \(answer.status) \(answer.body)")
                    if uri == "/pause" { _ = try await client.call(.post, "/resume", token: token) }
                }
            }
        }
    }

    @Test("tokens are compared whole: a prefix or a longer string is not the token")
    func constantTimeCompare() {
        let token = Array(APIFixture.operatorToken.utf8)
        #expect(TokenAuthMiddleware.equal(token, token))
        #expect(!TokenAuthMiddleware.equal(token, Array(token.dropLast())))
        #expect(!TokenAuthMiddleware.equal(token, token + [0x41]))
        #expect(!TokenAuthMiddleware.equal(token, Array(token.dropLast()) + [0x41]))
    }
}

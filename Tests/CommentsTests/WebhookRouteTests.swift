@testable import Comments
import Foundation
import Guide
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Playout
import StandInCore
import Testing

@Suite struct WebhookRouteTests {
    static let secret = "webhook-secret-for-tests"

    private func setUp(now: Int = 1_000) -> (Router<BasicRequestContext>, ControlDesk, CommentHub) {
        var settings = CommentSettings()
        settings.sources = [CommentSourceSettings(name: "shop", kind: .webhook(secret: Self.secret, replayWindowSeconds: 300),
                                                  source: SourceLocation(file: "c.yaml", line: 1))]
        settings.answerEverySeconds = 1
        let desk = ControlDesk(channelID: "demo", productIDs: ["tea-01"], epoch: Date(), now: { 0 })
        let hub = CommentHub(settings: settings, desk: desk, index: DemoIndex.zh, language: .zh, logger: Logger(label: "test"))
        let router = Router()
        CommentWebhooks(sources: settings.sources, hub: hub, wallClock: { now }).add(to: router)
        return (router, desk, hub)
    }

    private func headers(_ body: String, timestamp: String = "1000", secret: String = WebhookRouteTests.secret) -> HTTPFields {
        var fields = HTTPFields()
        fields[HTTPField.Name(CommentWebhooks.timestampHeader)!] = timestamp
        fields[HTTPField.Name(CommentWebhooks.signatureHeader)!] =
            "sha256=" + WebhookVerifier.sign(secret: Array(secret.utf8), timestamp: timestamp, body: Array(body.utf8))
        return fields
    }

    @Test func aSignedQuestionReachesTheDeskAndABadSignatureIsRefused() async throws {
        let (router, desk, hub) = setUp()
        let body = #"{"events": [{"type": "comment", "viewer": {"id": "u1", "name": "小明"}, "text": "这个茶能放多久？"}, {"type": "comment", "viewer": {"id": "u2", "name": "小红"}, "text": "主播好美"}]}"#
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/comments/shop", method: .post, headers: headers(body), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .accepted)
                #expect(String(buffer: response.body) == "{\"accepted\":2}\n")
            }
            // The same request again: a replay.
            try await client.execute(uri: "/comments/shop", method: .post, headers: headers(body), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/comments/shop", method: .post, headers: headers(body, secret: "wrong-secret"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("signature does not match"))
            }
            try await client.execute(uri: "/comments/shop", method: .post, headers: headers(body, timestamp: "100"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("timestamp is 900 s off"))
            }
            try await client.execute(uri: "/comments/other", method: .post, headers: headers(body), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .notFound)
            }
        }
        hub.releaseDue()
        #expect(desk.status().questionsWaiting == 1)
        let status = try #require(desk.status().comments)
        #expect(status.choices["chosen"] == 1 && status.choices["chit_chat"] == 1 && status.choices["request_refused"] == 3, "\(status.choices)")
        #expect(status.sources.map(\.name) == ["shop"] && status.sources[0].events == 2)
        #expect(desk.comments.takeTally()?["queued"] == 1)
    }

    @Test func reactionsGoToTheDeskAsReactionEntries() async throws {
        let (router, desk, _) = setUp()
        let body = #"{"events": [{"type": "gift", "viewer": {"id": "u1", "name": "小明"}, "gift": "玫瑰"}, {"type": "follow", "viewer": {"id": "u2", "name": "阿杰"}}]}"#
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/comments/shop", method: .post, headers: headers(body), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .accepted)
            }
        }
        let status = try #require(desk.status().comments)
        #expect(status.choices["reaction_gift"] == 1 && status.choices["reaction_rate_limited"] == 1, "\(status.choices)")
        #expect(desk.status().questionsWaiting == 1)
    }
}

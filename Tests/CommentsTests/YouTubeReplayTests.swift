@testable import Comments
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Playout
import Testing

/// Pages as `liveChatMessages.list` documents them, replayed by a local HTTP server: unit-level
/// proof of the connector (no Google account is used; docs/comments.md says so).
final class ReplayedChat: @unchecked Sendable {  // `lock` guards every var
    private let lock = NSLock()
    private var polls: [(Date, String?, String?)] = []
    var calls: [(Date, String?, String?)] { lock.withLock { polls } }

    static func page(_ items: String, next: String, interval: Int = 200) -> String {
        #"{"kind": "youtube#liveChatMessageListResponse", "etag": "e", "nextPageToken": "\#(next)", "pollingIntervalMillis": \#(interval), "items": [\#(items)]}"#
    }

    static let text = #"{"kind": "youtube#liveChatMessage", "id": "m1", "snippet": {"type": "textMessageEvent", "liveChatId": "chat1", "authorChannelId": "UC1", "publishedAt": "2026-12-06T05:00:00Z", "hasDisplayContent": true, "displayMessage": "How long does the tea keep?", "textMessageDetails": {"messageText": "How long does the tea keep?"}}, "authorDetails": {"channelId": "UC1", "displayName": "Mia", "isChatModerator": false}}"#
    static let superChat = #"{"kind": "youtube#liveChatMessage", "id": "m2", "snippet": {"type": "superChatEvent", "liveChatId": "chat1", "authorChannelId": "UC2", "displayMessage": "$5.00 from Lee: hi", "superChatDetails": {"amountMicros": "5000000", "currency": "USD", "amountDisplayString": "$5.00", "userComment": "Is the mug dishwasher safe?", "tier": 2}}, "authorDetails": {"channelId": "UC2", "displayName": "Lee"}}"#
    static let backlog = #"{"kind": "youtube#liveChatMessage", "id": "m0", "snippet": {"type": "textMessageEvent", "displayMessage": "old", "textMessageDetails": {"messageText": "typed before we listened"}}, "authorDetails": {"channelId": "UC0", "displayName": "Old"}}"#

    func respond(_ request: Request) -> Response {
        let token = request.uri.queryParameters.get("pageToken")
        let (count, auth) = lock.withLock { () -> (Int, String?) in
            polls.append((Date(), token, request.headers[.authorization]))
            return (polls.count, request.headers[.authorization])
        }
        guard auth == "Bearer ya29.test-token" else { return Self.json(#"{"error": {"code": 401, "errors": [{"reason": "authError"}]}}"#, .unauthorized) }
        return switch count {
        case 1: Self.json(Self.page(Self.backlog, next: "p2"))
        case 2: Self.json(Self.page(Self.text, next: "p3"))
        case 3: Self.json(#"{"error": {"code": 503, "errors": [{"reason": "backendError"}]}}"#, .serviceUnavailable)
        case 4: Self.json(Self.page(Self.backlog, next: "p5"))
        case 5: Self.json(Self.page(Self.superChat, next: "p6", interval: 300))
        default: Self.json(Self.page("", next: "p\(count + 1)"))
        }
    }

    static func json(_ text: String, _ status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

@Suite(.serialized) struct YouTubeReplayTests {
    @Test func pollsAtTheReturnedIntervalSkipsTheBacklogAndRecoversFromAnError() async throws {
        let chat = ReplayedChat()
        let router = Router()
        router.get("youtube/v3/liveChat/messages") { request, _ in chat.respond(request) }
        try await Application(router: router).test(.live) { client in
            let port = try #require(client.port)
            let source = YouTubeChatSource(name: "yt", endpoint: "http://127.0.0.1:\(port)/youtube/v3/liveChat/messages",
                                           liveChatID: "chat1", token: "ya29.test-token")
            let recorder = EventRecorder()
            let runner = SourceRunner(source: source, policy: SourceConnectionTests.fastPolicy, logger: Logger(label: "test")) { recorder.add($0) }
            defer { runner.stop() }
            #expect(await recorder.waitFor(within: 15) { $0.count >= 3 })
            #expect(recorder.all.map(\.kind) == [.comment("How long does the tea keep?"), .gift(name: "$5.00", count: 1),
                                                 .comment("Is the mug dishwasher safe?")])
            #expect(recorder.all.first?.viewerID == "UC1" && recorder.all.first?.viewerName == "Mia")
            let calls = chat.calls
            #expect(calls[1].1 == "p2", "the second poll continues from nextPageToken")
            #expect(calls[1].0.timeIntervalSince(calls[0].0) >= 0.19, "waited pollingIntervalMillis")
            #expect(runner.status.snapshot().reconnects >= 1)
            #expect(runner.status.snapshot().lastError?.contains("HTTP 503 (backendError)") == true)
        }
    }

    @Test func aRefusedTokenIsReportedWithoutTheToken() async throws {
        let router = Router()
        router.get("chat") { _, _ in ReplayedChat.json(#"{"error": {"code": 401, "errors": [{"reason": "authError"}]}}"#, .unauthorized) }
        try await Application(router: router).test(.live) { client in
            let port = try #require(client.port)
            let source = YouTubeChatSource(name: "yt", endpoint: "http://127.0.0.1:\(port)/chat", liveChatID: "c", token: "ya29.secret-value")
            let runner = SourceRunner(source: source, policy: SourceConnectionTests.fastPolicy, logger: Logger(label: "test")) { _ in }
            defer { runner.stop() }
            #expect(await waitUntil(within: 10) { runner.status.snapshot().lastError != nil })
            let error = runner.status.snapshot().lastError ?? ""
            #expect(error.contains("HTTP 401 (authError)") && !error.contains("secret-value"), "\(error)")
        }
    }
}

@testable import Comments
import Foundation
import Testing

@Suite struct WebhookPayloadTests {
    @Test func decodesEveryDocumentedEvent() throws {
        let body = #"""
        {"events": [
          {"type": "comment", "viewer": {"id": "u1", "name": "小明"}, "text": "这个茶能放多久？"},
          {"type": "gift", "viewer": {"id": "u2", "name": "Mia"}, "gift": "rose", "count": 3},
          {"type": "follow", "viewer": {"id": "u3", "name": "阿杰"}},
          {"type": "join", "viewer": {"name": "Lee"}},
          {"type": "viewer_count", "count": 1200}
        ]}
        """#
        let events = try WebhookPayload.decode(Data(body.utf8), source: "shop")
        #expect(events.map(\.kind) == [.comment("这个茶能放多久？"), .gift(name: "rose", count: 3), .follow, .joined, .viewerCount(1200)])
        #expect(events[3].viewerID == "Lee")
        #expect(events.allSatisfy { $0.source == "shop" })
    }

    @Test(arguments: [
        (#"{"events": [{"type": "comment", "viewer": {"name": "a"}}]}"#, "events[0]: a comment needs text"),
        (#"{"events": [{"type": "shout", "viewer": {"name": "a"}}]}"#, "events[0]: type must be comment, gift, follow, join or viewer_count, got 'shout'"),
        (#"{"events": [{"type": "gift", "gift": "rose"}]}"#, "events[0]: a gift needs viewer.name"),
        (#"{"event": []}"#, "body must be {\"events\": [ … ]} (docs/comments.md): missing field 'events'"),
        ("not json", "body must be {\"events\": [ … ]} (docs/comments.md): not valid JSON"),
    ])
    func refusesWhatIsNotTheDocumentedShape(body: String, why: String) {
        #expect(throws: WebhookError.malformed(why)) { try WebhookPayload.decode(Data(body.utf8), source: "shop") }
    }
}

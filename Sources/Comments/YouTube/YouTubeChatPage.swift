import Foundation

/// One `liveChatMessages.list` response, the fields StandIn reads (docs/comments.md cites
/// the reference): items with `snippet` and `authorDetails`, `nextPageToken`,
/// `pollingIntervalMillis`, `offlineAt`.
struct YouTubeChatPage: Decodable, Sendable {
    struct Item: Decodable, Sendable {
        struct Snippet: Decodable, Sendable {
            struct Text: Decodable, Sendable { var messageText: String? }
            struct SuperChat: Decodable, Sendable {
                var amountDisplayString: String?
                var userComment: String?
            }
            var type: String
            var displayMessage: String?
            var authorChannelId: String?
            var textMessageDetails: Text?
            var superChatDetails: SuperChat?
            var superStickerDetails: SuperChat?
        }
        struct Author: Decodable, Sendable {
            var channelId: String?
            var displayName: String?
        }
        var id: String?
        var snippet: Snippet
        var authorDetails: Author?
    }

    var items: [Item]?
    var nextPageToken: String?
    var pollingIntervalMillis: Int?
    var offlineAt: String?

    /// The events in this page, in order.
    func events(source: String) -> [CommentEvent] {
        (items ?? []).flatMap { item -> [CommentEvent] in
            let name = item.authorDetails?.displayName ?? ""
            let id = item.authorDetails?.channelId ?? item.snippet.authorChannelId ?? name
            func event(_ kind: CommentEvent.Kind) -> CommentEvent { CommentEvent(source: source, viewerID: id, viewerName: name, kind: kind) }
            let snippet = item.snippet
            switch snippet.type {
            case "textMessageEvent":
                guard let text = snippet.textMessageDetails?.messageText ?? snippet.displayMessage, !text.isEmpty else { return [] }
                return [event(.comment(text))]
            case "superChatEvent":
                let gift = event(.gift(name: snippet.superChatDetails?.amountDisplayString ?? "Super Chat", count: 1))
                guard let comment = snippet.superChatDetails?.userComment, !comment.isEmpty else { return [gift] }
                return [gift, event(.comment(comment))]
            case "superStickerEvent": return [event(.gift(name: "Super Sticker", count: 1))]
            case "newSponsorEvent", "membershipGiftingEvent", "giftMembershipReceivedEvent":
                return [event(.gift(name: "membership", count: 1))]
            default: return []
            }
        }
    }

    /// The wait the API asks for, held to 0.5–60 s (a missing value: 5 s).
    var pollingInterval: Duration {
        .milliseconds(min(max(pollingIntervalMillis ?? 5_000, 500), 60_000))
    }
}

/// The error body Google APIs send (`{"error": {"code": 403, "errors": [{"reason": "liveChatEnded"}]}}`).
struct GoogleErrorBody: Decodable {
    struct Inner: Decodable {
        struct Reason: Decodable { var reason: String? }
        var code: Int?
        var message: String?
        var errors: [Reason]?
    }
    var error: Inner
}

import Foundation

/// The body a webhook sender posts (docs/comments.md):
///
/// ```json
/// {"events": [
///   {"type": "comment", "viewer": {"id": "u1", "name": "小明"}, "text": "这个茶能放多久？"},
///   {"type": "gift", "viewer": {"id": "u2", "name": "Mia"}, "gift": "rose", "count": 3},
///   {"type": "follow", "viewer": {"id": "u3", "name": "阿杰"}},
///   {"type": "join", "viewer": {"id": "u4", "name": "Lee"}},
///   {"type": "viewer_count", "count": 1200}
/// ]}
/// ```
/// At most `maxEvents` events; an event of an unknown type is refused with its index.
public struct WebhookPayload: Decodable, Sendable {
    public struct Viewer: Decodable, Sendable {
        public var id: String?
        public var name: String
    }

    public struct Event: Decodable, Sendable {
        public var type: String
        public var viewer: Viewer?
        public var text: String?
        public var gift: String?
        public var count: Int?
    }

    public var events: [Event]
    public static let maxEvents = 100

    /// The events as the engine takes them, or why not (the index and field at fault).
    public static func decode(_ body: Data, source: String) throws(WebhookError) -> [CommentEvent] {
        let payload: WebhookPayload
        do {
            payload = try JSONDecoder().decode(WebhookPayload.self, from: body)
        } catch {
            throw .malformed("body must be {\"events\": [ … ]} (docs/comments.md): \(Self.reason(error))")
        }
        guard payload.events.count <= maxEvents else { throw .malformed("at most \(maxEvents) events per request, got \(payload.events.count)") }
        return try payload.events.enumerated().map { index, event throws(WebhookError) in try event.comment(source: source, index: index) }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing field '\((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: "not valid JSON"
        }
    }
}

extension WebhookPayload.Event {
    func comment(source: String, index: Int) throws(WebhookError) -> CommentEvent {
        func viewerNeeded() throws(WebhookError) -> WebhookPayload.Viewer {
            guard let viewer, !viewer.name.isEmpty else { throw .malformed("events[\(index)]: a \(type) needs viewer.name") }
            return viewer
        }
        let kind: CommentEvent.Kind
        var who = WebhookPayload.Viewer(id: nil, name: "")
        switch type {
        case "comment":
            who = try viewerNeeded()
            guard let text, !text.isEmpty else { throw .malformed("events[\(index)]: a comment needs text") }
            kind = .comment(text)
        case "gift":
            who = try viewerNeeded()
            guard let gift, !gift.isEmpty else { throw .malformed("events[\(index)]: a gift needs gift (its name)") }
            kind = .gift(name: gift, count: count ?? 1)
        case "follow":
            who = try viewerNeeded(); kind = .follow
        case "join":
            who = try viewerNeeded(); kind = .joined
        case "viewer_count":
            guard let count, count >= 0 else { throw .malformed("events[\(index)]: a viewer_count needs count (0 or more)") }
            kind = .viewerCount(count)
        default:
            throw .malformed("events[\(index)]: type must be comment, gift, follow, join or viewer_count, got '\(UntrustedText.name(type))'")
        }
        return CommentEvent(source: source, viewerID: who.id ?? who.name, viewerName: who.name, kind: kind)
    }
}

/// Why a webhook request was refused (the HTTP answer carries this text).
public enum WebhookError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let why): why
        }
    }
}

/// Something a viewer did in a platform's chat, as every connector hands it over: already
/// cleaned (`UntrustedText`), never trusted further.
public struct CommentEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A chat message.
        case comment(String)
        /// A gift (a platform's virtual gift, Twitch bits, a Super Chat): its name and how many.
        case gift(name: String, count: Int)
        case follow
        /// The room's current viewer count (not a viewer's action: `viewerID` is empty).
        case viewerCount(Int)
        /// A viewer entered the room.
        case joined
    }

    /// The connector's name from the channel file.
    public var source: String
    /// The platform's stable id for the viewer (falls back to the display name).
    public var viewerID: String
    /// The display name, cleaned; may still be refused by the viewer-text filter before it is said.
    public var viewerName: String
    public var kind: Kind

    public init(source: String, viewerID: String, viewerName: String, kind: Kind) {
        self.source = source
        self.viewerName = UntrustedText.name(viewerName)
        self.viewerID = UntrustedText.name(viewerID.isEmpty ? viewerName : viewerID, limit: 100)
        self.kind = switch kind {
        case .comment(let text): .comment(UntrustedText.comment(text))
        case let .gift(name, count): .gift(name: UntrustedText.name(name), count: max(1, min(count, 1_000_000)))
        case .viewerCount(let count): .viewerCount(max(0, count))
        default: kind
        }
    }

    /// `comment`, `gift`, `follow`, `viewer_count` or `joined` (metrics and logs).
    public var kindName: String {
        switch kind {
        case .comment: "comment"
        case .gift: "gift"
        case .follow: "follow"
        case .viewerCount: "viewer_count"
        case .joined: "joined"
        }
    }
}

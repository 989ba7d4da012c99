import Foundation
import StandInCore

/// A question a viewer typed into the live chat.
///
/// Times are audio samples of air time (`MediaClock.sampleRate` per second), like every
/// other clock in the engine, so a queue can be driven by a test without waiting.
public struct ViewerQuestion: Sendable, Equatable {
    public var id: String
    /// The viewer's display name, said as "@name".
    public var viewerName: String
    public var text: String
    /// When it arrived, in samples of air time.
    public var receivedAt: Int
    /// Higher is answered first (e.g. a paid question, or one a moderator pinned); default 0.
    public var priority: Int
    /// Not a question: a persona line reacting to the viewer (thanks for a gift, a welcome);
    /// `text` is then only its summary for the queue and logs.
    public var reaction: ViewerReaction?

    public init(id: String, viewerName: String, text: String, receivedAt: Int, priority: Int = 0,
                reaction: ViewerReaction? = nil) {
        self.id = id; self.viewerName = viewerName; self.text = text; self.receivedAt = receivedAt; self.priority = priority
        self.reaction = reaction
    }

    /// The text as compared for duplicates: letters and digits only, full-width folded, lower case.
    public var normalizedText: String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

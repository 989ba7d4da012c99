import Foundation

/// One entry of a persona's history: a saved version, a roll back or a publish.
public struct PersonaRecord: Sendable, Codable, Equatable {
    public enum Action: String, Sendable, Codable {
        /// A new version saved from the editor.
        case save
        /// A new version whose text is an earlier version's.
        case rollback
        /// An existing version made the one channels air.
        case publish
    }

    public var action: Action
    /// The version saved, restored as a new version, or published.
    public var version: Int
    /// Who did it (the signed-in user's name).
    public var author: String
    public var time: Date
    /// What changed, in the author's words (may be empty).
    public var note: String
    /// Validation problems the version had when saved; a version with any is a draft.
    public var problems: Int
    /// For a roll back: the earlier version whose text was restored.
    public var restoredFrom: Int?

    public init(action: Action, version: Int, author: String, time: Date, note: String = "", problems: Int = 0,
                restoredFrom: Int? = nil) {
        self.action = action; self.version = version; self.author = author; self.time = time
        self.note = note; self.problems = problems; self.restoredFrom = restoredFrom
    }

    /// Whether this saved version may not be published.
    public var isDraft: Bool { problems > 0 }
}

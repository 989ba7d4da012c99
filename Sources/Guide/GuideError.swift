/// Why a viewer's question was not taken.
public enum GuideError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is longer than the queue accepts (`characters` > `limit`).
    case questionTooLong(characters: Int, limit: Int)
    /// Nothing but white space.
    case emptyQuestion

    public var description: String {
        switch self {
        case let .questionTooLong(characters, limit): "question is \(characters) characters long; the limit is \(limit)"
        case .emptyQuestion: "question is empty"
        }
    }
}

/// A connector to one platform's chat: one session is one connection, from connect to drop.
///
/// ```swift
/// struct MySource: CommentSource {
///     let name = "shop"; let type = "webhook"
///     func session(connected: @Sendable () -> Void, deliver: @escaping @Sendable (CommentEvent) -> Void) async throws {
///         let connection = try await connect(); connected()
///         for try await message in connection.messages { deliver(parse(message)) }
///     }
/// }
/// ```
/// `SourceRunner` runs sessions in a reconnect loop; a session returns when the platform
/// closed the connection and throws when it failed, and must end soon after its task is
/// cancelled.
public protocol CommentSource: Sendable {
    var name: String { get }
    var type: String { get }
    func session(connected: @escaping @Sendable () -> Void, deliver: @escaping @Sendable (CommentEvent) -> Void) async throws
}

/// Why a connector's session ended (its text goes to the source's `lastError`, never a secret).
public enum CommentSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    case closed(String)
    case refused(String)
    case timedOut(String)

    public var description: String {
        switch self {
        case .closed(let why): "connection closed: \(why)"
        case .refused(let why): "refused: \(why)"
        case .timedOut(let why): "timed out: \(why)"
        }
    }
}

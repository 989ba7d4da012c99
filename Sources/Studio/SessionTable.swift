import Synchronization

/// Signed-in sessions: a random token (the cookie's value) → the user. In memory: a restart
/// signs everyone out, which is fine for an authoring page.
public final class SessionTable: Sendable {
    private let sessions = Mutex<[String: StudioUser]>([:])

    public init() {}

    /// A new session for `user`; returns its token (256 random bits, hex).
    public func open(for user: StudioUser) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        sessions.withLock { $0[token] = user }
        return token
    }

    public func user(for token: String) -> StudioUser? {
        sessions.withLock { $0[token] }
    }

    public func close(_ token: String) {
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }
}

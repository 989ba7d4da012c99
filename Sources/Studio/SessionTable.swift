import Synchronization

/// One signed-in session: who, and the token every state-changing request must carry.
public struct StudioSession: Sendable {
    public let user: StudioUser
    /// Sent back in the `X-CSRF-Token` header (the editor's script) or a form's `csrf` field;
    /// a page on another origin cannot read it, so it cannot forge a request.
    public let csrf: String
}

/// Signed-in sessions: a random token (the cookie's value) → the session. A session ends when
/// it has not been used for `idle`, or `lifetime` after sign-in, whichever comes first. In
/// memory: a restart signs everyone out, which is fine for an authoring page.
public final class SessionTable: Sendable {
    private struct Entry {
        var session: StudioSession
        let opened: ContinuousClock.Instant
        var lastUsed: ContinuousClock.Instant
    }

    public let idle: Duration
    public let lifetime: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let entries = Mutex<[String: Entry]>([:])

    public init(idle: Duration = .seconds(30 * 60), lifetime: Duration = .seconds(12 * 3_600),
                now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.idle = idle; self.lifetime = lifetime; self.now = now
    }

    /// A new session for `user`; returns its token. Ended sessions are dropped here, so the
    /// table holds only live ones.
    public func open(for user: StudioUser) -> String {
        let token = Self.randomToken(), time = now()
        let entry = Entry(session: StudioSession(user: user, csrf: Self.randomToken()), opened: time, lastUsed: time)
        entries.withLock { entries in
            entries = entries.filter { isLive($0.value, at: time) }
            entries[token] = entry
        }
        return token
    }

    /// The live session of `token` (and it counts as used now), or nil.
    public func session(for token: String) -> StudioSession? {
        let time = now()
        return entries.withLock { entries in
            guard var entry = entries[token] else { return nil }
            guard isLive(entry, at: time) else {
                entries[token] = nil
                return nil
            }
            entry.lastUsed = time
            entries[token] = entry
            return entry.session
        }
    }

    public func user(for token: String) -> StudioUser? { session(for: token)?.user }

    public func close(_ token: String) {
        _ = entries.withLock { $0.removeValue(forKey: token) }
    }

    private func isLive(_ entry: Entry, at time: ContinuousClock.Instant) -> Bool {
        time - entry.lastUsed < idle && time - entry.opened < lifetime
    }

    /// 256 random bits, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

import Dispatch
import Synchronization

/// Where the studio's heavy work runs (previews, picture decodes): one job at a time on its
/// own thread, so it never blocks the server's event loops; at most `maxWaiting` more wait,
/// and each user has at most one job waiting or running. Anything beyond is refused at once
/// (`StudioError.busy`, 503 or 429 with `Retry-After`) instead of queueing without end, so
/// one brand's previews cannot hold another's for long.
final class WorkQueue: Sendable {
    private struct State {
        var jobs = 0
        var users: Set<String> = []
    }

    let maxWaiting: Int
    private let queue = DispatchQueue(label: "studio.work")
    private let state = Mutex(State())

    init(maxWaiting: Int) { self.maxWaiting = maxWaiting }

    /// Jobs waiting or running (for tests).
    var jobsForTesting: Int { state.withLock { $0.jobs } }

    /// Runs `work` for `user` when its turn comes, or throws `StudioError.busy` right away.
    func run<T: Sendable>(for user: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try state.withLock { state in
            // A rough wait: the jobs ahead, about a second each.
            if state.users.contains(user) { throw StudioError.busy(retryAfter: max(1, state.jobs), perUser: true) }
            if state.jobs > maxWaiting { throw StudioError.busy(retryAfter: state.jobs, perUser: false) }
            state.jobs += 1
            state.users.insert(user)
        }
        defer {
            state.withLock { state in
                state.jobs -= 1
                state.users.remove(user)
            }
        }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}

import Dispatch
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The control API's HTTP server beside a running channel: started before the engine,
/// stopped after it. Runs on Swift concurrency's threads, never on the engine's.
///
/// ```swift
/// let server = try ControlServer.start(router: routes.router(), host: "127.0.0.1", port: 8787,
///                                      limits: ConnectionLimits(api: channel.api), logger: logger)
/// try engine.run()
/// server.stop()
/// ```
public final class ControlServer: Sendable {
    private let task: Task<Void, Error>
    private let group: ServiceGroup
    /// The port it listens on (the one asked for, or the one the system chose for port 0).
    public let port: Int
    /// What holds its connections to their limits (and counts what it turned away).
    public let gate: ConnectionGate

    private init(task: Task<Void, Error>, group: ServiceGroup, port: Int, gate: ConnectionGate) {
        self.task = task; self.group = group; self.port = port; self.gate = gate
    }

    /// Binds and serves with connections held to `limits`; throws when the address cannot be
    /// bound (in use, not local, …).
    public static func start<Context: RequestContext>(router: Router<Context>, host: String, port: Int,
                                                      limits: ConnectionLimits = ConnectionLimits(),
                                                      logger: Logger) throws -> ControlServer
    where Context.Source == ApplicationRequestContextSource {
        let outcome = StartOutcome()
        let gate = ConnectionGate(limits: limits, logger: logger)
        let app = Application(
            router: router,
            server: .limited(by: gate),
            configuration: .init(address: .hostname(host, port: port), serverName: "standin"),
            onServerRunning: { channel in
                await gate.holdAccepting(channel)
                outcome.finish(.success(channel.localAddress?.port ?? port))
            },
            logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            do {
                try await group.run()
            } catch {
                outcome.finish(.failure(error))
                throw error
            }
        }
        switch outcome.wait(timeout: 10) {
        case .success(let bound)?:
            return ControlServer(task: task, group: group, port: bound, gate: gate)
        case .failure(let error)?:
            throw ControlServerError.cannotListen(host: host, port: port, reason: "\(error)")
        case nil:
            task.cancel()
            throw ControlServerError.cannotListen(host: host, port: port, reason: "the server did not start within 10 s")
        }
    }

    /// Stops serving: requests in flight may finish (up to 5 s), then the socket closes.
    public func stop() {
        let done = DispatchSemaphore(value: 0)
        let group = group, task = task
        Task {
            await group.triggerGracefulShutdown()
            _ = await task.result
            done.signal()
        }
        if done.wait(timeout: .now() + 5) == .timedOut { task.cancel() }
    }
}

public enum ControlServerError: Error, CustomStringConvertible {
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case let .cannotListen(host, port, reason):
            "control API: cannot listen on \(host):\(port): \(reason) (set api.listen in the channel file, or --api-listen)"
        }
    }
}

/// The first result of starting the server, handed from its task to the waiting caller.
private final class StartOutcome: @unchecked Sendable {  // `condition` guards `result`
    private let condition = NSCondition()
    private var result: Result<Int, Error>?

    func finish(_ value: Result<Int, Error>) {
        condition.lock()
        if result == nil { result = value }
        condition.broadcast()
        condition.unlock()
    }

    func wait(timeout: TimeInterval) -> Result<Int, Error>? {
        condition.lock()
        defer { condition.unlock() }
        // Timed by the monotonic clock (a wall-clock step must not stretch it), in short waits.
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        while result == nil, ContinuousClock.now < deadline {
            _ = condition.wait(until: Date().addingTimeInterval(0.05))
        }
        return result
    }
}

import Foundation

/// A program running beside the test (an ffmpeg reader of a live stream), with its output in
/// files so it cannot block on a pipe. Killed when released.
public final class BackgroundProcess: @unchecked Sendable {  // `process` is thread-safe; the rest is immutable
    private let process = Process()
    private let stderrPath: String
    private let input: Pipe?
    private let quitKey: String?

    /// Starts `executable` (looked up on PATH) with `arguments`; stdout and stderr go to `logPrefix`.out/.err.
    /// With `quitKey` (ffmpeg's is "q"), its stdin is a pipe and `quit(timeout:)` ends it cleanly.
    /// `environment`: the program's whole environment (nil: this process's).
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, logPrefix: String,
                quitKey: String? = nil) throws {
        stderrPath = logPrefix + ".err"
        input = quitKey == nil ? nil : Pipe()
        self.quitKey = quitKey
        _ = FileManager.default.createFile(atPath: logPrefix + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let environment { process.environment = environment }
        process.standardInput = input ?? FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: logPrefix + ".out")
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        try process.run()
    }

    // SIGKILL, not SIGTERM: children of the test runner may inherit a mask that blocks SIGTERM
    // (an ffmpeg publisher here went on for seconds after one).
    deinit { kill() }

    public var isRunning: Bool { process.isRunning }

    /// Kills the program at once (SIGKILL): its connections drop, as when a host's encoder goes off air.
    public func kill() { if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) } }

    /// Asks the program to finish (types its quit key: an ffmpeg reader then writes its file's
    /// end, where a kill would leave it cut mid-packet) and waits at most `timeout`; kills it
    /// if it is still running then. Returns whether it finished by itself.
    @discardableResult
    public func quit(timeout: Duration = .seconds(5)) -> Bool {
        guard process.isRunning else { return true }
        guard let input, let quitKey else { kill(); return false }
        try? input.fileHandleForWriting.write(contentsOf: Data(quitKey.utf8))
        let finished = wait(timeout: timeout) != nil
        kill()
        return finished
    }

    /// The process id, for sending signals (SIGKILL in restart tests).
    public var pid: pid_t { process.processIdentifier }

    /// Waits for the exit, at most `timeout`; returns the exit status (nil when still running).
    public func wait(timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// What the program wrote to stderr so far.
    public var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
}

/// Runs `body` on a new thread (not the cooperative pool, which blocking work would starve)
/// and returns its result.
public func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

import Foundation

/// The result of running a program to completion.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs `executable` with `arguments`, collecting both outputs (read concurrently so a
/// chatty program cannot block on a full pipe).
public func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                stdin: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
    process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    try process.run()
    if let stdin {
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
    }
    let errorData = Locked(Data())
    let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1_000) }
    var stderr = String(decoding: errorData.get(), as: UTF8.self)
    if process.terminationReason == .uncaughtSignal {
        stderr += "(killed by signal \(process.terminationStatus))"
    }
    return CommandResult(status: process.terminationStatus, stdout: output, stderr: stderr)
}

/// The `standin` executable built beside the test bundle (or `$STANDIN_BIN`).
public func standinBinary() -> String {
    if let path = ProcessInfo.processInfo.environment["STANDIN_BIN"] { return path }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("standin").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
}

/// A value behind a lock, for handing results between threads in tests.
public final class Locked<Value>: @unchecked Sendable {  // every access holds `lock`
    private var value: Value
    private let lock = NSLock()
    public init(_ value: Value) { self.value = value }
    public func get() -> Value { lock.withLock { value } }
    public func set(_ newValue: Value) { lock.withLock { value = newValue } }
    public func update(_ body: (inout Value) -> Void) { lock.withLock { body(&value) } }
}

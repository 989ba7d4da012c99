import Foundation

/// A player of a live stream that notes when each packet of one stream reaches it: ffprobe
/// prints every packet's pts as it reads (line-buffered), a thread stamps each line with the
/// wall clock. Arrival minus pts stays constant while the stream runs in real time; it grows
/// when the stream falls behind the wall clock.
///
/// ```swift
/// let arrivals = try PacketArrivals(url: server.url(app: "live", stream: key), logPrefix: folder.path("arrivals"))
/// …
/// arrivals.stop()              // after the publisher stopped: its last packets are in
/// arrivals.packets   // [(wall: 0.0, pts: 12.02), (wall: 0.021, pts: 12.043), …]
/// ```
public final class PacketArrivals: @unchecked Sendable {  // `lines` is Locked; the rest is set in init
    private let process = Process()
    private let started = ContinuousClock.now
    private let lines = Locked<[(wall: Double, pts: Double)]>([])
    private let reader: Thread

    /// Starts reading `url` (`stream`: ffprobe's selector, audio by default). The reader ends
    /// 3 s after the last packet (`-rw_timeout`), or when stopped.
    public init(url: String, stream: String = "a:0", logPrefix: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["stdbuf", "-oL", "ffprobe", "-v", "error", "-rw_timeout", "3000000",
                             "-select_streams", stream, "-show_entries", "packet=pts_time", "-of", "csv=p=0", url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: logPrefix + ".err", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: logPrefix + ".err")
        try process.run()
        let handle = output.fileHandleForReading, started = started, lines = lines
        reader = Thread {
            var pending = ""
            while case let data = handle.availableData, !data.isEmpty {
                let elapsed = started.duration(to: .now)
                let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                pending += String(decoding: data, as: UTF8.self)
                while let end = pending.firstIndex(of: "\n") {
                    if let pts = Double(pending[..<end].trimmingCharacters(in: .whitespaces)) {
                        lines.update { $0.append((wall, pts)) }
                    }
                    pending.removeSubrange(...end)
                }
            }
        }
        reader.start()
    }

    deinit { stop(timeout: .zero) }

    /// Waits at most `timeout` for the reader to end by itself (the stream ended), then kills it
    /// (SIGKILL: it keeps nothing but what it printed) and takes its last lines.
    public func stop(timeout: Duration = .seconds(5)) {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let end = ContinuousClock.now + .seconds(2)
        while !reader.isFinished && ContinuousClock.now < end { Thread.sleep(forTimeInterval: 0.01) }
    }

    /// Every packet so far: seconds since the reader started, and its pts in seconds.
    public var packets: [(wall: Double, pts: Double)] { lines.get() }
}

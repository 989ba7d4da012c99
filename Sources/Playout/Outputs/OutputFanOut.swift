import Logging
import MediaIO

/// Encode once, fan out: hands every packet of one encoded stream to a `DestinationWorker`
/// per destination, each with its own thread, queue, muxer and reconnect loop.
///
/// `send` copies the packet (a Sendable value; its bytes are shared copy-on-write) into every
/// queue and never blocks, so a dead or slow destination cannot stall the render or the others.
///
/// ```swift
/// let outputs = OutputFanOut(video: video.streamInfo, audio: audio.streamInfo, destinations: [
///     Destination(name: "douyin", url: "rtmp://push.example.com/live/KEY"),
///     Destination(name: "recording", url: "/var/standin/today.flv"),
/// ])
/// for packet in packets { pacer.wait(for: packet); outputs.send(packet) }
/// outputs.stop()   // trailers written, connections closed
/// ```
public final class OutputFanOut: Sendable {
    public let workers: [DestinationWorker]

    /// Starts one worker per destination; they connect in the background.
    public init(video: StreamInfo, audio: StreamInfo, destinations: [Destination],
                settings: DestinationSettings = DestinationSettings(),
                logger: Logger = Logger(label: "standin.outputs")) {
        workers = destinations.map {
            DestinationWorker(destination: $0, video: video, audio: audio, settings: settings, logger: logger)
        }
        for worker in workers { worker.start() }
    }

    deinit {
        for worker in workers { worker.requestStop() }
    }

    /// Queues `packet` for every destination.
    public func send(_ packet: EncodedPacket) {
        for worker in workers { worker.enqueue(packet) }
    }

    /// A snapshot per destination, in the order given.
    public var statuses: [DestinationStatus] { workers.map(\.status) }

    /// Stops every worker at once: each sends what it has queued, writes its trailer and
    /// disconnects; I/O still blocked after `timeout` is aborted. Returns whether all ended
    /// (at most `timeout` + 2 s).
    @discardableResult
    public func stop(timeout: Duration = .seconds(5)) -> Bool {
        for worker in workers { worker.requestStop() }
        let deadline = ContinuousClock.now + timeout
        return workers.map { $0.waitUntilStopped(timeout: max(.zero, ContinuousClock.now.duration(to: deadline))) }
            .allSatisfy { $0 }
    }
}

import Foundation
import Logging
import MediaIO

/// Sends one destination's copy of the stream from a thread of its own (blocking libav I/O
/// stays off the cooperative pool): a bounded `PacketQueue`, one `LiveMuxer` per connection,
/// reconnects paced by a `ReconnectPolicy` (with TCP probes while the endpoint is down), and a
/// stall watchdog: a write that makes no progress for `stallTimeout` is aborted and the
/// destination reconnects, shown as `stalled` until it is live again.
///
/// `enqueue` only takes a lock and appends or drops, so a dead or slow destination never
/// stalls the producer. The connection loop is in `DestinationWorker+Loop.swift`.
///
/// ```swift
/// let worker = DestinationWorker(destination: main, video: v.streamInfo, audio: a.streamInfo)
/// worker.start()
/// worker.enqueue(packet)      // from the producer, for every packet
/// worker.status               // DestinationStatus snapshot
/// worker.stop(timeout: .seconds(5))
/// ```
public final class DestinationWorker: @unchecked Sendable {  // `condition` guards every `var` below
    public let destination: Destination
    let video: StreamInfo, audio: StreamInfo
    let settings: DestinationSettings
    let logger: Logger
    let random: @Sendable () -> Double
    let origin = ContinuousClock.now

    let condition = NSCondition()
    var queue: PacketQueue
    var state = DestinationStatus.State.connecting
    var connectedSince: Date?
    /// Connections that came up after a failure.
    var reconnects = 0
    /// Connection attempts after a failure.
    var reconnectAttempts = 0
    /// When the current outage began with a stall; nil when it did not (or once live again).
    var stalledSince: Date?
    /// Packets the muxers dropped before their first keyframe, summed over connections.
    var droppedAtStart = 0
    var bytesSent: Int64 = 0
    var meter: BitrateMeter
    var lastError: String?
    var stopRequested = false
    var finished = false
    /// Aborts the connection in progress (open, writes, trailer).
    var interrupt: IOInterrupt?
    private var thread: Thread?

    /// `random` (-1…1) jitters the reconnect delays. The destination's own `retry` settings,
    /// if any, replace those of `settings`.
    public init(destination: Destination, video: StreamInfo, audio: StreamInfo,
                settings: DestinationSettings = DestinationSettings(),
                logger: Logger = Logger(label: "standin.outputs"),
                random: @escaping @Sendable () -> Double = { .random(in: -1...1) }) {
        self.destination = destination
        self.video = video
        self.audio = audio
        self.settings = settings.applying(destination.retry)
        var logger = logger
        logger[metadataKey: "destination"] = "\(destination.name)"
        self.logger = logger
        self.random = random
        queue = PacketQueue(limits: self.settings.queue)
        meter = BitrateMeter(window: settings.bitrateWindow)
    }

    /// Starts the worker's thread (once).
    public func start() {
        condition.withLock {
            guard thread == nil else { return }
            let thread = Thread { [self] in run() }
            thread.name = "standin-output"
            self.thread = thread
            thread.start()
        }
    }

    /// Hands the worker one packet; never blocks beyond a short lock.
    public func enqueue(_ packet: EncodedPacket) {
        condition.withLock {
            guard !stopRequested else { return }
            queue.push(packet)
            condition.signal()
        }
    }

    public var status: DestinationStatus {
        condition.withLock {
            var shown = state
            if let stalledSince, state != .live, state != .stopped { shown = .stalled(since: stalledSince) }
            return DestinationStatus(
                name: destination.name, redactedURL: destination.redactedURL, state: shown,
                connectedSince: connectedSince, reconnects: reconnects, reconnectAttempts: reconnectAttempts,
                droppedPackets: queue.dropped + droppedAtStart, bytesSent: bytesSent,
                bitrate: meter.bitsPerSecond(at: origin.duration(to: .now)), lastError: lastError)
        }
    }

    /// Asks the worker to send what is queued, write the trailer and disconnect. A connection
    /// attempt or backoff in progress is abandoned at once (there is nothing to send it to).
    public func requestStop() {
        condition.withLock {
            stopRequested = true
            if state != .live { interrupt?.abort() }
            condition.broadcast()
        }
    }

    /// Waits for the thread to end; past `timeout`, aborts its I/O and waits up to 2 s more.
    /// Returns whether it ended.
    @discardableResult
    public func waitUntilStopped(timeout: Duration) -> Bool {
        condition.withLock {
            guard thread != nil else { return true }
            if !waitForFinish(until: .now + timeout) {
                logger.warning("stop timed out; aborting its connection")
                interrupt?.abort()
                return waitForFinish(until: .now + .seconds(2))
            }
            return true
        }
    }

    /// `requestStop()` then `waitUntilStopped(timeout:)`.
    @discardableResult
    public func stop(timeout: Duration = .seconds(5)) -> Bool {
        requestStop()
        return waitUntilStopped(timeout: timeout)
    }

    /// Called with `condition` locked.
    private func waitForFinish(until deadline: ContinuousClock.Instant) -> Bool {
        while !finished {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(left.seconds, 0.1)))   // wall-clock date: in slices
        }
        return true
    }
}

extension Duration {
    /// Seconds as a `Double`, for `Date` arithmetic and display only.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

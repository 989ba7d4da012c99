import Foundation

/// A `LiveInput` read on its own thread into a bounded queue, for an engine that renders on
/// its own clock: `next(timeout:)` answers at once from the queue, or within the stall
/// timeout with `.stalled` when no packet came, so the caller never waits on the network.
///
/// ```swift
/// let feed = LiveFeed(url: "rtmp://127.0.0.1/live/host", settings: .init(video: channel.video))
/// switch feed.next(timeout: .milliseconds(30)) {
/// case let .video(image, frame)?: …       // on the feed's timeline, at the channel's fps
/// case .stalled?: …                        // no packet for `stallTimeout`: fall back
/// case .ended?: …                          // publisher gone or error (reason)
/// case nil: …                              // nothing new yet, not stalled
/// default: …
/// }
/// feed.stop()
/// ```
///
/// With `reconnectDelay` (a relay ingest, read around the clock) the feed never ends: after a
/// publisher leaves or an open fails, `.ended` is queued and the URL is opened again after the
/// delay; frame and sample numbers restart at 0 with each publishing session. The reader then
/// never waits for the consumer either: a full queue loses its oldest frames.
public final class LiveFeed: @unchecked Sendable {  // `condition` serializes every var below
    public let settings: LiveInput.Settings
    public let displayName: String
    /// Video frames queued at most before the reader waits for the consumer.
    public let maxQueuedFrames: Int
    /// Wait before opening the URL again after an end; nil: the first end is final.
    public let reconnectDelay: Duration?
    private let interrupt = IOInterrupt()
    private let condition = NSCondition()
    private var queue: [LiveInputEvent] = []
    private var head = 0
    private var queuedFrames = 0
    private var lastActivity = ContinuousClock.now
    private var longestGap: Duration = .zero
    private var end: LiveInputEvent?
    private var stopped = false
    private var running = true

    /// Starts a reader thread that opens `url` (the open's errors arrive as `.ended(reason:)`).
    public init(url: String, displayName: String? = nil, settings: LiveInput.Settings, maxQueuedFrames: Int = 30,
                reconnectDelay: Duration? = nil) {
        self.settings = settings
        self.displayName = displayName ?? url
        self.maxQueuedFrames = maxQueuedFrames
        self.reconnectDelay = reconnectDelay
        let thread = Thread { [self] in readLoop(url: url) }
        thread.name = "live-input"
        thread.start()
    }

    /// When the reader last read a packet (or the feed was created, before the first one).
    public var lastPacket: ContinuousClock.Instant { condition.withLock { lastActivity } }

    /// When packets came: the last one, and the longest wait between two since the last call.
    public struct Activity: Sendable, Equatable {
        public var last: ContinuousClock.Instant
        public var longestGap: Duration
    }

    /// The activity since the last call (which it resets): lets a consumer that looks only now
    /// and then tell a steady feed from one that paused in between.
    public func takeActivity() -> Activity {
        condition.withLock {
            defer { longestGap = .zero }
            return Activity(last: lastActivity, longestGap: longestGap)
        }
    }

    /// The next event; waits at most `timeout`, or less when the stall deadline comes first.
    /// `.stalled` while no packet came for `stallTimeout` (again on every call until one does);
    /// after the queue drained at the end, the `.ended` event on every call; nil: nothing yet.
    public func next(timeout: Duration) -> LiveInputEvent? {
        let deadline = ContinuousClock.now + timeout
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count {
            if let end { return end }
            let now = ContinuousClock.now, stallAt = lastActivity + settings.stallTimeout
            if now >= stallAt { return .stalled }
            if now >= deadline { return nil }
            // At most 0.1 s a wait: `wait(until:)` takes a wall-clock date, which a step back
            // would push away; the loop re-checks on the monotonic clock why it woke.
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(0.1, Self.seconds(now.duration(to: min(deadline, stallAt))))))
        }
        let event = queue[head]
        head += 1
        if head == queue.count { queue.removeAll(keepingCapacity: true); head = 0 }
        if case .video = event { queuedFrames -= 1; condition.broadcast() }
        return event
    }

    /// Stops reading: aborts a blocked open or read and waits up to `timeout` for the thread.
    @discardableResult
    public func stop(timeout: Duration = .seconds(2)) -> Bool {
        interrupt.abort()
        let deadline = ContinuousClock.now + timeout
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while running {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(0.1, Self.seconds(left))))   // monotonic, in slices
        }
        return true
    }

    private func readLoop(url: String) {
        while true {
            var last: LiveInputEvent
            do {
                let input = try LiveInput(url: url, displayName: displayName, settings: settings, interrupt: interrupt)
                    input.packetArrived = { [condition] in
                    condition.withLock {
                        let now = ContinuousClock.now
                        self.longestGap = max(self.longestGap, self.lastActivity.duration(to: now))
                        self.lastActivity = now
                    }
                }
                repeat {
                    last = try input.read()
                } while push(last)
            } catch {
                last = .ended(reason: "\(error)")
            }
            let again = condition.withLock { () -> Bool in
                if case .ended = last {} else { last = .ended(reason: "stopped") }
                guard reconnectDelay != nil, !stopped else {
                    end = last
                    running = false
                    condition.broadcast()
                    return false
                }
                queue.append(last)   // not final: the consumer learns the session ended
                condition.broadcast()
                return true
            }
            guard again, let reconnectDelay else { return }
            let retryAt = ContinuousClock.now + reconnectDelay
            condition.withLock {
                while !stopped, ContinuousClock.now < retryAt {   // monotonic, in slices (a wall-clock date could be stepped)
                    _ = condition.wait(until: Date(timeIntervalSinceNow: min(0.1, Self.seconds(ContinuousClock.now.duration(to: retryAt)))))
                }
            }
        }
    }

    /// Queues `event`; false once stopped or at the end. Without reconnects it waits while the
    /// queue is full; with them it drops the oldest frame (and the audio queued before it).
    private func push(_ event: LiveInputEvent) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if case .ended = event { return false }
        if case .video = event {
            while queuedFrames >= maxQueuedFrames && !stopped {
                if reconnectDelay != nil { dropOldestFrame() } else { condition.wait() }
            }
            queuedFrames += 1
        }
        guard !stopped else { return false }
        queue.append(event)
        condition.broadcast()
        return true
    }

    /// Removes the first queued frame and the audio before it; other events stay.
    private func dropOldestFrame() {
        guard let frame = queue[head...].firstIndex(where: { if case .video = $0 { true } else { false } }) else { return }
        let kept = queue[head..<frame].filter { if case .audio = $0 { false } else { true } }
        queue.replaceSubrange(head...frame, with: kept)
        queuedFrames -= 1
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

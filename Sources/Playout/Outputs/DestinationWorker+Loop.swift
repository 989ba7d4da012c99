import Foundation
import MediaIO

/// The worker thread: connect, send until an error, a stall or stop, back off (probing the
/// endpoint), reconnect.
extension DestinationWorker {
    private enum Outcome { case drained, failed(any Error), stalled }

    func run() {
        let address = destination.probeAddress
        var reconnect = settings.reconnect
        if address == nil { reconnect.probeInterval = .zero }
        var policy = ReconnectPolicy(settings: reconnect, random: random)
        var action = policy.start()
        var connection = 0
        attempts: while !isStopRequested {
            switch action {
            case .connect:
                break
            case let .wait(delay):
                showBackoff(until: policy.nextAttempt)
                if waitForStop(until: .now + delay) { break attempts }
            case let .probe(after: delay):
                showBackoff(until: policy.nextAttempt)
                if waitForStop(until: .now + delay) { break attempts }
                let open = address.map { TCPProbe.accepts(host: $0.host, port: $0.port, timeout: probeTimeout) } ?? false
                action = policy.probed(open: open, at: clock)
                continue attempts
            }
            let interrupt = IOInterrupt()
            guard beginAttempt(connection, interrupt: interrupt) else { break }
            let muxer: LiveMuxer
            do {
                muxer = try LiveMuxer(url: destination.target(connection: connection), displayName: destination.redactedURL,
                                      video: video, audio: audio, metadata: settings.metadata,
                                      settings: settings.muxer, interrupt: interrupt)
            } catch {
                connection += 1
                action = policy.connectFailed(at: clock)
                report("connect failed", destination.scrub("\(error)"), action)
                continue
            }
            let recovered = connection > 0
            connection += 1
            let since = ContinuousClock.now
            update { worker in
                worker.state = .live
                worker.stalledSince = nil
                worker.connectedSince = Date()
                worker.queue.mode = .sending
                if recovered { worker.reconnects += 1 }
            }
            logger.info("live", metadata: ["url": "\(destination.redactedURL)"])
            let outcome = send(to: muxer, interrupt: interrupt)
            let uptime = since.duration(to: .now)
            switch outcome {
            case .drained:
                finish(muxer)
                continue attempts
            case let .failed(error):
                action = policy.connectionLost(after: uptime, at: clock)
                report("connection lost after \(String(format: "%.1f", uptime.seconds)) s", destination.scrub("\(error)"), action)
            case .stalled:
                action = policy.connectionLost(after: uptime, at: clock)
                update { $0.stalledSince = Date() }
                report("stalled", "sending to '\(destination.redactedURL)' made no progress for "
                       + "\(String(format: "%.1f", settings.stallTimeout.seconds)) s", action)
            }
            muxer.abandon()
            update { $0.queue.connectionLost(); $0.connectedSince = nil }
        }
        let summary = update { worker -> String in
            worker.state = .stopped
            worker.connectedSince = nil
            worker.finished = true
            worker.condition.broadcast()
            return "sent \(worker.bytesSent) bytes, dropped \(worker.queue.dropped + worker.droppedAtStart) packets"
        }
        logger.info("stopped: \(summary)")
    }

    /// Writes queued packets until the queue is empty after a stop request, an error, or a
    /// write that makes no progress for the stall time (aborted through `interrupt`).
    private func send(to muxer: LiveMuxer, interrupt: IOInterrupt) -> Outcome {
        let base = update { $0.droppedAtStart }
        while let packet = nextPacket() {
            let deadline = ContinuousClock.now + settings.stallTimeout
            interrupt.setDeadline(deadline)
            do {
                try muxer.write(packet)
            } catch {
                let stalled = ContinuousClock.now >= deadline && !interrupt.isAborted
                return stalled ? .stalled : .failed(error)
            }
            interrupt.setDeadline(nil)
            update { worker in
                worker.bytesSent += Int64(packet.data.count)
                worker.meter.record(bytes: packet.data.count, at: worker.origin.duration(to: .now))
                worker.droppedAtStart = base + muxer.droppedBeforeKeyframe
            }
        }
        return .drained
    }

    private func finish(_ muxer: LiveMuxer) {
        do {
            try muxer.finish()
        } catch {
            logger.warning("closing: \(destination.scrub("\(error)"))")
        }
    }

    /// Marks a connection attempt; false when a stop came first.
    private func beginAttempt(_ connection: Int, interrupt: IOInterrupt) -> Bool {
        update { worker in
            guard !worker.stopRequested else { return false }
            worker.state = .connecting
            worker.interrupt = interrupt
            if connection > 0 { worker.reconnectAttempts += 1 }
            return true
        }
    }

    /// Logs a failure (`text` already scrubbed) and what happens next; it becomes the last error.
    private func report(_ what: String, _ text: String, _ action: ReconnectPolicy.Action) {
        update { $0.lastError = text }
        let next = switch action {
        case .connect: "retrying now"
        case let .wait(delay): "retrying in \(String(format: "%.1f", delay.seconds)) s"
        case .probe: "probing every \(String(format: "%.1f", settings.reconnect.probeInterval.seconds)) s, "
            + "retrying when it accepts again or after the backoff"
        }
        logger.warning("\(what): \(text); \(next)")
    }

    private func showBackoff(until next: Duration) {
        let until = Date(timeIntervalSinceNow: clock.duration(to: next).seconds)
        update { $0.state = .backoff(until: until) }
    }

    /// The worker's clock for its reconnect policy: time since the worker was made.
    private var clock: Duration { origin.duration(to: .now) }

    /// A probe gives up after one interval (at most 1 s).
    private var probeTimeout: Duration { min(max(settings.reconnect.probeInterval, .milliseconds(100)), .seconds(1)) }

    /// The next queued packet; nil once a stop was requested and the queue is empty.
    private func nextPacket() -> EncodedPacket? {
        update { worker in
            while true {
                if let packet = worker.queue.pop() { return packet }
                if worker.stopRequested { return nil }
                worker.condition.wait()
            }
        }
    }

    /// Sleeps until `deadline` or a stop request; true when stopped.
    private func waitForStop(until deadline: ContinuousClock.Instant) -> Bool {
        update { worker in
            while !worker.stopRequested {
                let left = ContinuousClock.now.duration(to: deadline)
                guard left > .zero else { break }
                _ = worker.condition.wait(until: Date(timeIntervalSinceNow: min(left.seconds, 0.1)))   // wall-clock date: in slices
            }
            return worker.stopRequested
        }
    }

    private var isStopRequested: Bool { update { $0.stopRequested } }

    /// Runs `body` with the worker's lock held.
    @discardableResult
    private func update<T>(_ body: (DestinationWorker) -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body(self)
    }
}

private extension Duration {
    func duration(to later: Duration) -> Duration { later - self }
}

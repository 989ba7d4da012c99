import Foundation
import MediaIO

/// The worker thread: connect, send until an error or stop, back off, reconnect.
extension DestinationWorker {
    private enum Outcome { case drained, failed(any Error) }

    func run() {
        var policy = ReconnectPolicy(settings: settings.reconnect, random: random)
        var action = policy.start()
        var connection = 0
        while !isStopRequested {
            if case let .wait(delay) = action {
                update { $0.state = .backoff(until: Date(timeIntervalSinceNow: delay.seconds)) }
                if waitForStop(until: .now + delay) { break }
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
                action = policy.connectFailed()
                report(error, "connect failed", action)
                continue
            }
            connection += 1
            let since = ContinuousClock.now
            update { $0.state = .live; $0.connectedSince = Date(); $0.queue.mode = .sending }
            logger.info("live", metadata: ["url": "\(destination.redactedURL)"])
            switch send(to: muxer) {
            case .drained:
                finish(muxer)
            case let .failed(error):
                muxer.abandon()
                update { $0.queue.connectionLost(); $0.connectedSince = nil }
                action = policy.connectionLost(after: since.duration(to: .now))
                report(error, "connection lost after \(String(format: "%.1f", since.duration(to: .now).seconds)) s", action)
            }
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

    /// Writes queued packets until the queue is empty after a stop request, or an error.
    private func send(to muxer: LiveMuxer) -> Outcome {
        let base = update { $0.droppedAtStart }
        while let packet = nextPacket() {
            do {
                try muxer.write(packet)
            } catch {
                return .failed(error)
            }
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
            if connection > 0 { worker.reconnects += 1 }
            return true
        }
    }

    private func report(_ error: any Error, _ what: String, _ action: ReconnectPolicy.Action) {
        let text = destination.scrub("\(error)")
        update { $0.lastError = text }
        guard case let .wait(delay) = action else { return }
        logger.warning("\(what): \(text); retrying in \(String(format: "%.1f", delay.seconds)) s")
    }

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
                _ = worker.condition.wait(until: Date(timeIntervalSinceNow: left.seconds))
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

import CoreMetrics
import Foundation
import Guide

/// The engine's counters for `GET /metrics`, through swift-metrics: the factory decides
/// where they go (Prometheus in `standin stream`, nowhere by default).
public final class EngineMetrics: Sendable {
    let factory: MetricsFactory
    let framesEncoded: Counter
    let guardrailBlocks: Counter
    /// Audio packets the render-ahead did not have ready in time (released more than 100 ms late).
    let packetsLate: Counter
    let questionLatency: CoreMetrics.Timer
    /// As-run entries waiting in memory for the disk.
    let asRunBacklog: Gauge
    private let counters = CounterSet()
    /// The question → answer-on-air histogram (its buckets are the factory's to set).
    public static let questionLatencyLabel = "standin_question_latency_seconds"

    public init(factory: MetricsFactory = NOOPMetricsHandler.instance) {
        self.factory = factory
        framesEncoded = Counter(label: "standin_frames_encoded_total", factory: factory)
        guardrailBlocks = Counter(label: "standin_guardrail_blocks_total", factory: factory)
        packetsLate = Counter(label: "standin_packets_late_total", factory: factory)
        questionLatency = CoreMetrics.Timer(label: Self.questionLatencyLabel, factory: factory)
        asRunBacklog = Gauge(label: "standin_asrun_backlog", factory: factory)
    }

    func segmentAired(kind: String) { counter("standin_segments_aired_total", ["kind": kind]).increment() }
    /// One segment aired without `part` (`standin_segments_degraded_total{part=…}`).
    func segmentDegraded(part: String) { counter("standin_segments_degraded_total", ["part": part]).increment() }
    func asRunLinesQuarantined(_ count: Int) { counter("standin_asrun_quarantined_lines_total", [:]).increment(by: Int64(count)) }
    /// A wall-clock step the plan reacted to (`standin_clock_steps_total{direction=…}`).
    func clockStepped(forward: Bool) {
        counter("standin_clock_steps_total", ["direction": forward ? "forward" : "back"]).increment()
    }
    func commandApplied(_ name: String) { counter("standin_commands_applied_total", ["command": name]).increment() }

    func questionReceived(_ outcome: QuestionQueue.Outcome) {
        let name = switch outcome {
        case .queued, .queuedDropping: "queued"
        case .merged: "merged"
        case .droppedNew: "dropped"
        }
        counter("standin_questions_total", ["outcome": name]).increment()
    }

    /// Per destination: packets dropped, recoveries (`standin_reconnects_total`) and connection
    /// attempts after a failure (`standin_reconnect_attempts_total`) since the last report (the
    /// workers count totals); reported from the first session on, at 0 until something happens.
    func destination(_ name: String, droppedSinceLast dropped: Int, reconnectsSinceLast reconnects: Int,
                     attemptsSinceLast attempts: Int) {
        counter("standin_packets_dropped_total", ["destination": name]).increment(by: Int64(max(0, dropped)))
        counter("standin_reconnects_total", ["destination": name]).increment(by: Int64(max(0, reconnects)))
        counter("standin_reconnect_attempts_total", ["destination": name]).increment(by: Int64(max(0, attempts)))
    }

    private func counter(_ label: String, _ dimensions: [String: String]) -> Counter {
        counters.counter(label, dimensions, factory: factory)
    }
}

/// Counters made once per label and dimensions.
private final class CounterSet: @unchecked Sendable {  // `lock` guards `made`
    private let lock = NSLock()
    private var made: [String: Counter] = [:]

    func counter(_ label: String, _ dimensions: [String: String], factory: MetricsFactory) -> Counter {
        let pairs = dimensions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let key = label + pairs.map { "|\($0.0)=\($0.1)" }.joined()
        return lock.withLock {
            if let counter = made[key] { return counter }
            let counter = Counter(label: label, dimensions: pairs, factory: factory)
            made[key] = counter
            return counter
        }
    }
}

import Foundation
import Scheduler
import StandInCore

/// A relayed human shift while it airs: where the render is, what the virtual host said, and
/// every switch, for the as-run log.
struct RelayBlockProgress {
    let segment: Segment
    /// The shift's host (for the bridge and arrival lines).
    let host: String?
    var position: Int
    let end: Int
    var lines: [String] = []
    var blocked: [String] = []
    var switches: [AsRunRecord.Switch] = []
    /// Lines the virtual host says next (bridge, arrival).
    var pending: [RelaySwitch.Line] = []
    /// Where the virtual host last said a line of its own in this block.
    var lastSaid: Int?
    /// Feed frames repeated and dropped in this block to keep to the clock, and where (and at
    /// which counts) that was last logged.
    var feedFrames = FeedPacing.Counts()
    var feedFramesLogged = FeedPacing.Counts()
    var feedFramesLoggedAt: Int?
}

extension RenderStage {
    /// Hold (half a second, in samples) between two looks at the feed while the virtual host covers.
    static let relayHoldStep = MediaClock.sampleRate / 2
    /// While no feed is on air, the bridge line comes again after this much stream.
    static let relayBridgeEvery = 30 * MediaClock.sampleRate

    /// Relay mode: the session stays open; the human host's feed is encoded on the same
    /// timeline while it is there, the virtual host covers every gap (bridge line, then music
    /// with the host idle), and the switches go to the as-run entry. Returns the length aired.
    func airRelayBlock(_ segment: Segment, skipping skip: Int, ingest: RelayIngest) throws -> Int {
        let perFrame = video.samplesPerFrame
        var block = RelayBlockProgress(segment: segment, host: segment.host, position: segment.start + skip - skip % perFrame,
                                       end: segment.mustEndBy ?? segment.start + segment.estimatedLength)
        try openSessionIfNeeded(at: block.position)
        pushBegins(segment, length: block.end - segment.start, onAir: destinations.map(\.name), at: block.position)
        announce(ingest.source, block)
        carryOut(ingest.poll(timeout: .zero), ingest, &block)
        var started = ingest.shiftStarted()
        if skip == 0, started.contains(.say(.handoff)) {   // the planner's handoff segment has just said it
            started.removeAll { $0 == .say(.handoff) }
            started += ingest.sentenceBoundary(finished: .handoff)
        }
        carryOut(started, ingest, &block)
        try airRelaySpan(&block, ingest)
        if !stopRequested {   // a stop is not the shift's end
            // What the feed did since the last look first: the switch must not take a render
            // that was busy (or ahead of the clock) for a stall at the shift's end.
            carryOut(ingest.poll(timeout: .zero), ingest, &block)
            carryOut(ingest.shiftEnded(), ingest, &block)
        }
        return logRelaySpan(block)
    }

    /// Take-early: at a virtual segment's start within `relay.take_early_s` before a relayed
    /// shift, a present feed is taken (after the arrival line) instead of the segment, up to
    /// the shift's start (or the segment's deadline); the shift then goes on with it. Nil when
    /// it does not apply and the segment airs as planned.
    func airEarlyRelay(_ segment: Segment, before shift: HumanBlock?, skipping skip: Int, ingest: RelayIngest) throws -> Int? {
        guard skip == 0, let shift, shift.mode == .relay, let within = channel.relay?.takeEarlySeconds, within > 0,
              shift.start - segment.start <= within * MediaClock.sampleRate else { return nil }
        let actions = ingest.poll(timeout: .zero) + ingest.sentenceBoundary(finished: nil)
        guard !actions.isEmpty || ingest.source == .human || ingest.relaySwitch.state == .handingOver else { return nil }
        var block = RelayBlockProgress(segment: segment, host: shift.host, position: segment.start,
                                       end: min(shift.start, segment.mustEndBy ?? shift.start))
        try openSessionIfNeeded(at: block.position)
        pushBegins(segment, length: block.end - segment.start, onAir: destinations.map(\.name), at: block.position)
        announce(ingest.source, block)
        carryOut(actions, ingest, &block)
        try airRelaySpan(&block, ingest)
        return logRelaySpan(block)
    }

    /// Airs the feed or the virtual host's cover, as the switch says, up to the block's end.
    private func airRelaySpan(_ block: inout RelayBlockProgress, _ ingest: RelayIngest) throws {
        while block.position < block.end, !stopRequested {
            if ingest.source == .human {
                try airFeed(&block, ingest)
            } else {
                try airCover(&block, ingest)
            }
        }
    }

    /// Queues the block's as-run entry (unless stopped midway) and returns the length aired.
    private func logRelaySpan(_ block: RelayBlockProgress) -> Int {
        let length = block.position - block.segment.start
        if stopRequested { return length }
        var entry = record(block.segment, length: length, lines: block.lines, blocked: block.blocked,
                           onAir: destinations.map(\.name))
        entry.switches = block.switches
        entry.feedFrames = AsRunRecord.FeedFrames(repeated: block.feedFrames.repeated, dropped: block.feedFrames.dropped)
        emit(.aired(entry, end: MediaTime(samples: block.position - origin)), at: block.position)
        return length
    }

    /// The virtual host covers: a pending line (or the bridge line again), else half a second
    /// of music; then a sentence boundary, where the feed may be taken.
    private func airCover(_ block: inout RelayBlockProgress, _ ingest: RelayIngest) throws {
        var line = block.pending.isEmpty ? nil : block.pending.removeFirst()
        if line == nil, block.position - (block.lastSaid ?? .min / 2) >= Self.relayBridgeEvery { line = .bridge }
        let planned = line.map { scripter.checked(relayText($0, host: block.host), field: "relay.\($0 == .bridge ? "bridge_line" : "arrival_line")") }
        for blocked in planned?.blocked ?? [] {
            logger.warning("guardrails kept a line off air", metadata: ["line": "\(blocked)"])
            block.blocked.append(blocked.description)
        }
        if line != nil { block.lastSaid = block.position }
        var chunk = block.segment   // no product card, the deadline of the shift
        chunk.kind = .hold
        chunk.start = block.position
        chunk.estimatedLength = min(Self.relayHoldStep, block.end - block.position)
        let timeline = try speak(planned?.lines ?? [], for: chunk, from: 0)
        _ = try render(SpokenPiece(timeline: timeline, start: chunk.start, interruptible: false), segment: chunk, from: 0)
        scripter.aired(timeline.lines.map { ($0.line, chunk.start + $0.start) })
        block.lines += timeline.lines.map(\.line.text)
        block.position += timeline.length
        carryOut(ingest.poll(timeout: .zero), ingest, &block)
        carryOut(ingest.sentenceBoundary(finished: timeline.lines.isEmpty ? nil : line), ingest, &block)
    }

    /// Does what the switch asks: logs a switch and tells the sender; queues lines.
    func carryOut(_ actions: [RelaySwitch.Action], _ ingest: RelayIngest, _ block: inout RelayBlockProgress) {
        for action in actions {
            switch action {
            case let .switchTo(source, reason):
                block.switches.append(AsRunRecord.Switch(to: source.rawValue, reason: reason.rawValue, at: block.position,
                                                         time: timeline.date(atSample: block.position)))
                logger.info("relay switch", metadata: [
                    "to": "\(source.rawValue)", "reason": "\(reason.rawValue)", "at": "\(block.position)",
                    "pts_ms": "\((block.position - origin) / 48)", "feed_silent_ms": "\(ingest.silentMilliseconds)",
                    "feed_present_ms": "\(ingest.presentMilliseconds)", "switches": "\(ingest.relaySwitch.switchCount)",
                ])
                if source == .virtual { frames.forget() }
                announce(source, block)
            case .say(.welcomeBack):
                break   // the planner's welcome-back segment follows the shift
            case .say(let line):
                if !block.pending.contains(line) { block.pending.append(line) }
            }
        }
    }

    private func announce(_ source: RelaySwitch.Source, _ block: RelayBlockProgress) {
        emit(.segmentStarts(summary(source == .human ? .human : .virtual, kind: "relay", productID: block.host)), at: block.position)
    }

    /// The channel's text for `line`, or the persona language's default, with the host's name.
    private func relayText(_ line: RelaySwitch.Line, host: String?) -> String {
        let settings = channel.relay
        let text = line == .bridge
            ? settings?.bridgeLine ?? RelaySettings.defaultBridgeLine(persona.language)
            : settings?.arrivalLine ?? RelaySettings.defaultArrivalLine(persona.language)
        return text.replacingOccurrences(of: "{{host}}", with: host ?? "")
    }
}

/// Decides, in relay mode, whether the human host's feed or the virtual host is on air: a pure
/// state machine whose methods take the stream position (48 kHz samples) and return actions;
/// the engine carries them out and reports what happened. No clock reads, no I/O.
///
/// The feed goes on air at the first sentence boundary after the handoff line once the shift
/// has started and the feed is present. When it stalls (no packet for `stallTimeout`), ends or
/// breaks, the virtual host is back in the same step with the bridge line; a returning feed is
/// taken again at a sentence boundary once it has been stable for `stableTime`, which doubles
/// with every recent drop (capped), so a flapping feed cannot cause a switch storm.
///
/// ```swift
/// var relay = RelaySwitch()
/// relay.feed(.arrived, at: 0)                        // []
/// relay.shiftStarted(at: 48_000)                     // [.say(.handoff)]
/// relay.sentenceBoundary(at: 96_000, finished: .handoff)  // [.switchTo(.human, reason: .shiftStarted)]
/// relay.tick(at: 130_000)                            // no packet for 0.7 s: [.switchTo(.virtual, …), .say(.bridge)]
/// ```
public struct RelaySwitch: Sendable {
    public let settings: Settings
    public internal(set) var state: State = .virtual
    /// Whether a shift is running now.
    public private(set) var inShift = false
    /// Switches made so far (each came with a `.switchTo` action).
    public internal(set) var switchCount = 0
    /// Position of the last packet of a present feed; nil while there is no feed.
    var lastPacket: Int?
    /// Since when the present feed has delivered without a drop.
    var presentSince = 0
    /// Positions of recent drops, for the flapping back-off.
    var drops: [Int] = []

    public init(settings: Settings = Settings()) { self.settings = settings }

    /// Who is on air now.
    public var source: Source { state == .human ? .human : .virtual }
    /// The AI label and AI-only overlays show only while the virtual host is on air.
    public var aiOverlaysVisible: Bool { source == .virtual }
    /// Whether a feed is present (packets within the stall timeout at the last step).
    public var feedPresent: Bool { lastPacket != nil }

    /// How long a returning feed must now be stable: `stableTime` × growth^(recent drops − 1), capped.
    public var requiredStableTime: Duration {
        let recent = max(drops.count, 1)
        var time = settings.stableTime
        for _ in 1..<recent where time < settings.maxStableTime { time *= settings.stableTimeGrowth }
        return min(time, settings.maxStableTime)
    }

    /// The planner's shift began at `position`.
    public mutating func shiftStarted(at position: Int) -> [Action] {
        var actions = expire(at: position)
        inShift = true
        if feedPresent, state == .virtual { actions += beginHandover() }
        return actions
    }

    /// The planner's shift ended: the virtual host is back (or stays) and welcomes viewers back.
    public mutating func shiftEnded(at position: Int) -> [Action] {
        _ = expire(at: position)
        inShift = false
        let wasHuman = state == .human
        state = .virtual
        return wasHuman ? [switchTo(.virtual, .shiftEnded), .say(.welcomeBack)] : [.say(.welcomeBack)]
    }

    /// The virtual host reached the end of a sentence (`finished` names a switch line that just ended).
    public mutating func sentenceBoundary(at position: Int, finished: Line? = nil) -> [Action] {
        var actions = expire(at: position)
        switch state {
        case .handingOver where finished == .handoff:
            actions.append(switchTo(.human, settings.takeEarly && !inShift ? .takenEarly : .shiftStarted))
        case .recovering where position - presentSince >= requiredStableTime.sampleCount:
            actions.append(switchTo(.human, .feedStable))
        default: break
        }
        return actions
    }

    /// The engine's step: detects a stall from packet times. Call once per frame or so.
    public mutating func tick(at position: Int) -> [Action] { expire(at: position) }
}

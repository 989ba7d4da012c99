extension RelaySwitch {
    /// The feed reader reports `event` at `position`.
    public mutating func feed(_ event: FeedEvent, at position: Int) -> [Action] {
        var actions = expire(at: position)
        switch event {
        case .arrived, .packet:
            if lastPacket == nil { presentSince = position }
            lastPacket = position
            switch state {
            case .virtual where inShift || settings.takeEarly: actions += beginHandover()
            case .fallback: state = .recovering
            default: break
            }
        case .stalled: actions += lose(.feedStalled, at: position)
        case .ended: actions += lose(.feedEnded, at: position)
        case .broken: actions += lose(.feedBroken, at: position)
        }
        return actions
    }

    /// Declares the feed stalled when its last packet is `stallTimeout` old or older.
    mutating func expire(at position: Int) -> [Action] {
        guard let last = lastPacket, position - last >= settings.stallTimeout.sampleCount else { return [] }
        return lose(.feedStalled, at: position)
    }

    /// The handoff line goes out; the feed follows at the boundary after it.
    mutating func beginHandover() -> [Action] {
        state = .handingOver
        return [.say(.handoff)]
    }

    /// The present feed is gone: the virtual host takes (or keeps) the room.
    private mutating func lose(_ reason: Reason, at position: Int) -> [Action] {
        guard lastPacket != nil else { return [] }
        lastPacket = nil
        drops = drops.filter { position - $0 < settings.flapWindow.sampleCount } + [position]
        switch state {
        case .human:
            state = .fallback
            return [switchTo(.virtual, reason), .say(.bridge)]
        case .handingOver:   // the handoff was announced: bridge until the feed is back and stable
            state = inShift ? .fallback : .virtual
            return [.say(.bridge)]
        case .recovering:
            state = .fallback
            return []
        case .virtual, .fallback:
            return []
        }
    }

    /// Counts a switch and names the source now on air.
    mutating func switchTo(_ source: Source, _ reason: Reason) -> Action {
        switchCount += 1
        if source == .human { state = .human }
        return .switchTo(source, reason: reason)
    }
}

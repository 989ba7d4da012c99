import StandInCore

extension Planner {
    /// Seconds of music when nothing may air and no boundary is near.
    static let holdChunkSeconds = 30
    /// A handoff line shorter than this gap is not started; music fills it.
    static let shortestHandoffSeconds = 2
    /// A segment is cut rather than replaced when at least this much of it fits…
    static let shortestCutSeconds = 5

    /// The next virtual segment, fitted before the next hard boundary: a human shift's start
    /// (less the handoff line), a promo's start, or the running promo's end.
    ///
    /// The planned segment airs when its estimate fits; otherwise the longest filler that fits;
    /// otherwise it airs cut (`mustEndBy`) if at least a third of it fits; otherwise the handoff
    /// line (before a human shift) and then music up to the boundary. So every boundary is
    /// reached exactly, on a frame, with no gap and no overlap.
    mutating func virtualSegment() -> Segment {
        let rotation = self.rotation
        let available = { (id: String) in rotation.isAvailable(id) }
        let human = agenda.nextHuman(after: position)
        let running = agenda.promo(at: position, where: available)
        let upcoming = agenda.nextPromo(after: position, where: available)
        let boundary = [human?.start, upcoming?.start, running?.end].compactMap { $0 }.min()
        let toHuman = human.map { $0.start == boundary } ?? false
        if toHuman, handoffSaidFor == human!.start { return hold(until: boundary!) }

        let reserve = toHuman ? estimate(.handoff) : 0
        let limit = boundary.map { $0 - reserve }
        let budget = limit.map { $0 - position } ?? .max
        let rate = MediaClock.sampleRate
        if let choice = talk.choose(at: position, promo: running, rotation: rotation, settings: settings) {
            let length = estimate(choice.kind)
            // One filler per boundary: after it, the planned segment airs cut or the handoff comes.
            let filler = fillerUsedBefore == boundary ? nil : fittingFiller(budget)
            if length <= budget || budget >= max(Self.shortestCutSeconds * rate, length / 3) && filler == nil {
                talk = choice.talk
                self.rotation = choice.rotation
                return make(choice.kind, length: length, mustEndBy: limit, product: choice.product,
                            countdownTo: choice.countdownTo)
            }
            if let filler {
                fillerUsedBefore = boundary
                return make(filler, length: estimate(filler), mustEndBy: limit)
            }
        } else if budget > 0 {
            return hold(until: position + min(Self.holdChunkSeconds * rate, budget))
        }
        if toHuman, let human, human.start - position >= Self.shortestHandoffSeconds * rate {
            handoffSaidFor = human.start
            return make(.handoff, length: reserve, mustEndBy: human.start, host: human.host, countdownTo: human.start)
        }
        return hold(until: boundary!)
    }

    /// Music from `position` to exactly `end`.
    func hold(until end: Int) -> Segment { make(.hold, length: end - position, mustEndBy: end) }

    /// The longest of the channel's fillers (that have something to say) whose estimate fits in `budget`.
    func fittingFiller(_ budget: Int) -> Segment.Kind? {
        settings.fillers
            .filter { estimate($0) <= budget }
            .max { estimate($0) < estimate($1) }
    }
}

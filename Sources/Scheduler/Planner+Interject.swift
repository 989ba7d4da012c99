import StandInCore

extension Planner {
    /// An operator's segment in place of the pending one (`POST /inject`): it airs from
    /// `position` with the next index, and is cut before the next hard boundary like any
    /// planned segment (a human shift less its handoff line, a promo's start or end).
    /// Throws when a human host is on air or `productID` is not in the plan.
    ///
    /// ```swift
    /// let deal = try planner.interject(.flashDeal, productID: "tea-01")
    /// try planner.aired(deal, actualLength: length)   // the plan goes on from its real end
    /// ```
    public mutating func interject(_ kind: Segment.Kind, productID: String?) throws -> Segment {
        agenda.cover(position)
        if agenda.human(at: position) != nil { throw SchedulerError.humanOnAir }
        if kind.isProductBound {
            guard let productID, let index = rotation.index(of: productID), rotation.isAvailable(productID) else {
                throw SchedulerError.unknownProduct(productID ?? "")
            }
            pending = nil
            let limit = interjectionLimit()
            let segment = make(kind, length: estimate(kind), mustEndBy: limit, product: index)
            pending = segment
            return segment
        }
        guard kind.isInterjectable else { throw SchedulerError.notInterjectable(kind) }
        pending = nil
        let segment = make(kind, length: estimate(kind), mustEndBy: interjectionLimit())
        pending = segment
        return segment
    }

    /// Music in place of the pending segment while an operator holds the virtual host
    /// (`POST /pause`): at most `maxLength` samples, ending at the next human shift at the
    /// latest. Throws when a human host is on air.
    public mutating func interjectHold(maxLength: Int) throws -> Segment {
        agenda.cover(position)
        if agenda.human(at: position) != nil { throw SchedulerError.humanOnAir }
        let shift = agenda.nextHuman(after: position)?.start ?? .max
        pending = nil
        let segment = hold(until: min(position + timeline.roundedUpToFrame(maxLength), shift))
        pending = segment
        return segment
    }

    /// The last sample an interjected segment may run to: the next shift less its handoff
    /// line, or the next promo's start, or the running promo's end.
    private func interjectionLimit() -> Int? {
        let rotation = self.rotation
        let available = { (id: String) in rotation.isAvailable(id) }
        let human = agenda.nextHuman(after: position).map { $0.start - estimate(.handoff) }
        let upcoming = agenda.nextPromo(after: position, where: available)?.start
        let running = agenda.promo(at: position, where: available)?.end
        return [human, upcoming, running].compactMap { $0 }.filter { $0 > position }.min()
    }
}

extension Segment.Kind {
    /// Kinds an operator may put on air out of plan: product steps and fillers.
    public var isInterjectable: Bool {
        switch self {
        case .brandStory, .engagement, .comingUp: true
        default: isProductBound
        }
    }
}

import StandInCore

/// How a resume follows the as-run log where the log is not what the plan foresees: segments
/// that aired without an entry (a disk that refused it, then a crash) and entries that differ
/// from the plan (the channel file or seed changed). Either way the log is the truth about
/// what aired, and the plan goes on from it with its rotation and its talk kept, never anew.
extension Planner {
    /// `segments` segments aired from `position` to `end` and none of them was logged: plans
    /// them in turn, each given an equal share of the time left, so the rotation and the talk
    /// move on by exactly as many picks as really aired (what they were is not known; the plan
    /// is the best guess) and the next entry is reached at its start.
    mutating func airedUnlogged(segments: Int, endingAt end: Int) throws {
        for left in stride(from: segments, to: 0, by: -1) where position < end {
            let segment = next()
            let share = max(timeline.roundedUpToFrame((end - segment.start) / left), timeline.video.samplesPerFrame)
            try aired(segment, actualLength: min(share, end - segment.start))
        }
    }

    /// Takes `entry` as the segment that aired next in place of what the plan foresaw there:
    /// the plan moves to the entry (its number too, when it has one), books its product in the
    /// rotation and its place in the product's flow, a disclosure, a filler, a welcome back or
    /// a human block as it would have had it planned them, and, when the entry has a length,
    /// goes on from its end. An entry without a length (the last one, cut by a crash) only
    /// moves the plan to its start.
    mutating func adopt(_ entry: AsRunEntry) {
        pending = nil
        position = max(position, timeline.roundedUpToFrame(entry.start))
        if let index = entry.index { count = index }
        agenda.cover(position)
        guard let length = entry.actualLength else { return }
        let product = entry.productID.flatMap { rotation.index(of: $0) }
        let flow = settings.channel.flow.product.map(Segment.Kind.init)
        switch entry.kind {
        case .human:
            talk.enterHumanBlock()
        case .welcomeBack:
            talk.welcomeDue = false
        case .disclosure:
            talk.lastDisclosure = position
        case .handoff:
            handoffSaidFor = agenda.nextHuman(after: position)?.start
        case .flashDeal:
            if let product {
                let promo = agenda.promo(at: position) { [rotation] in rotation.isAvailable($0) }
                talk.block = TalkState.ProductBlock(product: product, step: 1, promoEnd: promo?.end)
            }
        case let kind where settings.fillers.contains(kind):
            talk.blocksSinceFiller = 0
            talk.nextFiller = settings.fillers.firstIndex(of: kind)! + 1
        case let kind:
            guard let product, let step = flow.firstIndex(of: kind) else { break }
            if step == 0 {
                rotation.commit(product)
                talk.blocksSinceFiller += 1
            }
            talk.block = step + 1 < flow.count ? TalkState.ProductBlock(product: product, step: step + 1) : nil
        }
        let end = timeline.roundedUpToFrame(position + max(length, 1))
        if let product { rotation.aired(product, endingAt: end) }
        position = end
        count += 1
    }
}

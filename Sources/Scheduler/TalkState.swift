import StandInCore

/// What the virtual host says next, before fitting it to the clock: the welcome-back line,
/// the disclosure when due, the running promo's flow, the current product's flow, a filler
/// every few products, or the next product in rotation.
struct TalkState: Sendable, Equatable {
    /// The product block being presented.
    struct ProductBlock: Sendable, Equatable {
        var product: Int
        var step: Int
        /// Set while presenting a promo: the window's end.
        var promoEnd: Int?
    }

    var block: ProductBlock?
    var blocksSinceFiller = 0
    var nextFiller = 0
    /// When the disclosure last started; nil: due now (start of a virtual block).
    var lastDisclosure: Int?
    var welcomeDue = false

    /// A planned utterance and the states to adopt if it airs.
    struct Choice {
        var kind: Segment.Kind
        var product: Int?
        var countdownTo: Int?
        var talk: TalkState
        var rotation: Rotation
    }

    /// A human shift is on air: the next virtual block starts afresh.
    mutating func enterHumanBlock() {
        block = nil
        lastDisclosure = nil
        welcomeDue = true
    }

    /// The next utterance at `position`, or nil when nothing may air (no product eligible, no fillers).
    func choose(at position: Int, promo: PromoWindow?, rotation: Rotation, settings: PlanSettings) -> Choice? {
        var talk = self
        var rotation = rotation
        func choice(_ kind: Segment.Kind, _ product: Int? = nil, countdown: Int? = nil) -> Choice {
            Choice(kind: kind, product: product, countdownTo: countdown, talk: talk, rotation: rotation)
        }
        let channel = settings.channel
        let flow = channel.flow.product.map(Segment.Kind.init)
        let promoIndex = promo.flatMap { rotation.index(of: $0.productID) }
        if let promo, let index = promoIndex, talk.block?.promoEnd != promo.end {
            // A promo starts on time, before any other line.
            talk.block = ProductBlock(product: index, step: 1, promoEnd: promo.end)
            return choice(.flashDeal, index, countdown: promo.end)
        }
        if talk.welcomeDue {
            talk.welcomeDue = false
            return choice(.welcomeBack)
        }
        let minute = 60 * MediaClock.sampleRate
        let overdue = talk.lastDisclosure.map { position - $0 - settings.disclosure.everyMinutes * minute } ?? .max
        if overdue >= 0 && (talk.block == nil || overdue >= 2 * minute) {
            talk.lastDisclosure = position
            return choice(.disclosure)
        }
        if let promo, let index = promoIndex {
            let promoFlow = [.flashDeal] + flow.filter { $0 != .intro }
            let step = talk.block!.step
            talk.block!.step += 1
            return choice(promoFlow[step % promoFlow.count], index, countdown: promo.end)
        }
        if let block = talk.block, block.promoEnd == nil, rotation.inStock(block.product), block.step < flow.count {
            talk.block!.step += 1
            if talk.block!.step == flow.count { talk.block = nil }
            return choice(flow[block.step], block.product)
        }
        talk.block = nil
        let fillers = settings.fillers
        func filler() -> Choice {
            let kind = fillers[talk.nextFiller % fillers.count]
            talk.nextFiller += 1
            talk.blocksSinceFiller = 0
            return choice(kind)
        }
        if !fillers.isEmpty, channel.flow.fillerEvery > 0, talk.blocksSinceFiller >= channel.flow.fillerEvery {
            return filler()
        }
        if let pick = rotation.pick(at: position) {
            rotation.commit(pick)
            talk.blocksSinceFiller += 1
            talk.block = flow.count > 1 ? ProductBlock(product: pick, step: 1) : nil
            return choice(flow[0], pick)
        }
        return fillers.isEmpty ? nil : filler()
    }
}

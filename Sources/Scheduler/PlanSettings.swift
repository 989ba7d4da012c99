import StandInCore

/// A product as the planner sees it: id, rotation weight and stock (nil: not tracked).
public struct ProductSlot: Sendable, Equatable {
    public var id: String
    public var weight: Int
    public var stock: Int?
    public init(id: String, weight: Int, stock: Int?) { self.id = id; self.weight = weight; self.stock = stock }
}

/// Everything a plan depends on besides the epoch: the same settings and epoch always give
/// the same plan.
public struct PlanSettings: Sendable {
    public var channel: Channel
    /// In catalog order (ties in rotation go to the earlier product).
    public var products: [ProductSlot]
    public var lengths: LengthModel
    public var seed: UInt64
    /// The spoken AI disclosure and its cadence (the persona's, or the channel's override).
    public var disclosure: Disclosure
    /// The channel's filler kinds that have something to say (a line in the channel file, or
    /// the persona's own lines to fall back on); a filler with nothing to say is never planned.
    public var fillers: [Segment.Kind]

    public init(channel: Channel, products: [ProductSlot], lengths: LengthModel, seed: UInt64,
                disclosure: Disclosure? = nil) {
        self.channel = channel; self.products = products; self.lengths = lengths; self.seed = seed
        self.disclosure = disclosure ?? channel.disclosure ?? Disclosure(line: "", everyMinutes: 30)
        fillers = channel.flow.fillers.map(Segment.Kind.init).filter { lengths.characters[$0] != 0 }
    }

    /// Settings from loaded files: weights from the channel, stock from the catalog,
    /// lengths from the persona.
    public init(channel: Channel, catalog: Catalog, persona: Persona, seed: UInt64) {
        self.init(channel: channel,
                  products: catalog.products.map {
                      ProductSlot(id: $0.id, weight: channel.rotation.weight(of: $0.id), stock: $0.stock)
                  },
                  lengths: LengthModel(persona: persona, channel: channel, catalog: catalog), seed: seed,
                  disclosure: channel.disclosure(for: persona))
    }
}

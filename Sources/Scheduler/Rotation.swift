import StandInCore

/// Which product comes next: smooth weighted round-robin over the products in stock, skipping
/// the product that just aired (when another is in stock) and any product inside its
/// minimum gap.
///
/// Smooth round-robin (as in nginx upstreams) spreads a product of weight 3 among weight-1
/// products instead of airing it three times running, and keeps each product's share within
/// one pick of its weight over any stretch. The seed only sets the starting credits, so
/// different seeds give different but equally fair orders. Each pick is O(products).
struct Rotation: Sendable, Equatable {
    let ids: [String]
    let weights: [Int]
    let minGap: Int
    private(set) var stock: [Int?]
    private var credit: [Int]
    private var lastEnd: [Int?]
    private(set) var last: Int?

    init(products: [ProductSlot], minGap: Int, seed: UInt64) {
        ids = products.map(\.id)
        weights = products.map { max(0, $0.weight) }
        stock = products.map(\.stock)
        self.minGap = minGap
        lastEnd = Array(repeating: nil, count: products.count)
        var random = SeededRandom(rawSeed: seed)
        let total = max(1, weights.reduce(0, +))
        credit = weights.map { _ in Int(random.next() % UInt64(total)) }
    }

    func index(of id: String) -> Int? { ids.firstIndex(of: id) }
    func inStock(_ index: Int) -> Bool { stock[index].map { $0 > 0 } ?? true }
    func isAvailable(_ id: String) -> Bool { index(of: id).map(inStock) ?? false }

    /// The product to present at `position`, or nil when none may air now.
    func pick(at position: Int) -> Int? {
        let rotating = ids.indices.filter { inStock($0) && weights[$0] > 0 }
        let othersInStock = rotating.contains { $0 != last }
        var best: Int?
        for index in rotating where !(othersInStock && index == last) {
            if let end = lastEnd[index], position - end < minGap { continue }
            if best == nil || credit[index] + weights[index] > credit[best!] + weights[best!] { best = index }
        }
        return best
    }

    /// Books the pick of `chosen`: every product in stock earns its weight, the chosen one pays the total.
    mutating func commit(_ chosen: Int) {
        var total = 0
        for index in ids.indices where inStock(index) && weights[index] > 0 {
            credit[index] += weights[index]
            total += weights[index]
        }
        credit[chosen] -= total
        last = chosen
    }

    /// The clock went back `samples`: every last airing moves back with it, so a product's
    /// minimum gap still counts from when it really aired.
    mutating func moveBack(by samples: Int) {
        lastEnd = lastEnd.map { $0.map { $0 - samples } }
    }

    /// A segment of product `index` ended at `sample` (promos included).
    mutating func aired(_ index: Int, endingAt sample: Int) {
        lastEnd[index] = sample
        last = index
    }

    mutating func updateStock(_ index: Int, _ units: Int) { stock[index] = units }
}

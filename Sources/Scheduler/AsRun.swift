/// One line of the as-run log: a segment that went on air and how long it really ran.
///
/// The live engine writes one JSON object per line when a segment starts (no
/// `actualLength`) and again when it ends; `Planner.resume` replays them to find its place.
public struct AsRunEntry: Sendable, Equatable, Codable {
    /// The segment's number in the plan (0, 1, 2, …); nil in histories that do not say it.
    /// A jump in the numbers tells `resume` how many segments aired without an entry.
    public var index: Int?
    public var start: Int
    public var kind: Segment.Kind
    public var productID: String?
    /// Samples it ran; nil when it started but the process stopped before it ended.
    public var actualLength: Int?
    /// Stock changes applied just before this segment was planned (id → units).
    public var stockUpdates: [String: Int]?

    public init(index: Int? = nil, start: Int, kind: Segment.Kind, productID: String?, actualLength: Int?,
                stockUpdates: [String: Int]? = nil) {
        self.index = index; self.start = start; self.kind = kind; self.productID = productID
        self.actualLength = actualLength; self.stockUpdates = stockUpdates
    }

    public init(_ segment: Segment, actualLength: Int?, stockUpdates: [String: Int]? = nil) {
        self.init(index: segment.index, start: segment.start, kind: segment.kind, productID: segment.productID,
                  actualLength: actualLength, stockUpdates: stockUpdates)
    }

    func matches(_ segment: Segment) -> Bool {
        segment.start == start && segment.kind == kind && segment.productID == productID
    }

    var summary: String { "\(kind.rawValue)\(productID.map { " \($0)" } ?? "") at sample \(start)" }
}

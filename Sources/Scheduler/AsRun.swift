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
    /// Jumped over by a forward wall-clock step: logged for the record, never aired, and not
    /// replayed (the plan did not air it).
    public var skipped: Bool?
    /// Set on the first segment after a wall-clock step: the plan was rebuilt at `start` and
    /// numbered on from this segment number (`Planner.rebase`).
    public var replannedIndex: Int?

    public init(index: Int? = nil, start: Int, kind: Segment.Kind, productID: String?, actualLength: Int?,
                stockUpdates: [String: Int]? = nil, skipped: Bool? = nil, replannedIndex: Int? = nil) {
        self.index = index; self.start = start; self.kind = kind; self.productID = productID
        self.actualLength = actualLength; self.stockUpdates = stockUpdates
        self.skipped = skipped; self.replannedIndex = replannedIndex
    }

    public init(_ segment: Segment, actualLength: Int?, stockUpdates: [String: Int]? = nil, skipped: Bool? = nil,
                replannedIndex: Int? = nil) {
        self.init(index: segment.index, start: segment.start, kind: segment.kind, productID: segment.productID,
                  actualLength: actualLength, stockUpdates: stockUpdates, skipped: skipped, replannedIndex: replannedIndex)
    }

    func matches(_ segment: Segment) -> Bool {
        segment.start == start && segment.kind == kind && segment.productID == productID
    }

    var summary: String { "\(kind.rawValue)\(productID.map { " \($0)" } ?? "") at sample \(start)" }
}

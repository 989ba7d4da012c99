/// One line of rendered text: 8-bit coverage, with where its baseline and pen start are.
public struct AlphaMask: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row of the baseline, counted from the top.
    public let baseline: Int
    /// Column where the pen started (glyphs may overhang to its left).
    public let penX: Int
    /// Pen advance of the whole line, in pixels: what layout uses to centre or align it.
    public let advance: Int
    /// `width * height` coverage values (0 = none, 255 = full), rows top to bottom.
    public var coverage: [UInt8]

    public init(width: Int, height: Int, baseline: Int, penX: Int, advance: Int, coverage: [UInt8]) {
        precondition(coverage.count == width * height, "coverage count does not match size")
        self.width = width; self.height = height; self.baseline = baseline
        self.penX = penX; self.advance = advance; self.coverage = coverage
    }

    /// Rows holding any ink, first to last (`nil` for blank text).
    public var inkRows: ClosedRange<Int>? {
        var first: Int?, last: Int?
        for row in 0..<height where coverage[row * width..<(row + 1) * width].contains(where: { $0 > 0 }) {
            if first == nil { first = row }
            last = row
        }
        guard let first, let last else { return nil }
        return first...last
    }

    /// Height of the ink from the topmost to the bottommost inked row; 0 for blank text.
    public var inkHeight: Int { inkRows.map { $0.count } ?? 0 }
}

import StandInCore

/// Plans segment after segment of a long run, so the same full line does not come back
/// within the repetition window while an alternative exists.
///
/// ```swift
/// var planner = ScriptPlanner(builder: builder, seed: 7)
/// let script = planner.segment(number: 0, for: product, at: position)
/// for line in script.lines { /* speak it */ planner.aired(line, at: lineStart) }
/// ```
/// A pure value: its only state is the `LineHistory` it is fed back with what actually
/// aired, so a restart that rebuilds the history from the as-run log plans the same lines.
public struct ScriptPlanner: Sendable {
    public let builder: ScriptBuilder
    public let seed: UInt64
    public private(set) var history: LineHistory

    public init(builder: ScriptBuilder, seed: UInt64, history: LineHistory = LineHistory()) {
        self.builder = builder; self.seed = seed; self.history = history
    }

    /// Segment `number` of the run (one round of `ScriptBuilder.clipFlow` for `product`),
    /// starting at `now` samples of air time. The number keeps the seeded draws of each
    /// segment independent of how many were planned before.
    public func segment(number: Int, for product: Product, at now: Int) -> PlannedScript {
        builder.plan(ScriptBuilder.clipFlow, for: product, seed: seed, round: number, history: history, at: now)
    }

    /// Records that `line` went on air at `sample`.
    public mutating func aired(_ line: ScriptLine, at sample: Int) {
        history.record(line.text, at: sample)
    }
}

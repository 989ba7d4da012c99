/// The lines chosen for a segment, and what was skipped on the way, for the caller to log.
public struct PlannedScript: Sendable, Equatable {
    /// Lines to air, in order; every one passed the guardrails.
    public var lines: [ScriptLine]
    /// Rendered lines that broke a guardrail and were skipped (another variant was used).
    public var blocked: [BlockedLine]
    /// Texts aired although they were in the repetition window: every alternative for that
    /// step was recent too (or blocked), so the least recently aired one was reused.
    public var repeats: [String]

    public init(lines: [ScriptLine] = [], blocked: [BlockedLine] = [], repeats: [String] = []) {
        self.lines = lines; self.blocked = blocked; self.repeats = repeats
    }

    mutating func append(_ other: PlannedScript) {
        lines += other.lines; blocked += other.blocked; repeats += other.repeats
    }
}

/// A rendered line that was not aired, and why.
public struct BlockedLine: Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var violations: [GuardrailViolation]

    public init(text: String, violations: [GuardrailViolation]) { self.text = text; self.violations = violations }

    public var description: String {
        "blocked '\(text)': " + violations.map(\.description).joined(separator: "; ")
    }
}

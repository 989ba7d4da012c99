/// A decision on one line: the violations (empty: it may air) and the claim words exemptions cleared.
public struct GuardrailReview: Sendable, Equatable {
    public private(set) var violations: [GuardrailViolation] = []
    public private(set) var cleared: [ClearedPhrase] = []

    public var passes: Bool { violations.isEmpty }

    mutating func add(_ violation: GuardrailViolation) {
        if !violations.contains(violation) { violations.append(violation) }
    }

    mutating func add(_ phrase: ClearedPhrase) {
        if !cleared.contains(phrase) { cleared.append(phrase) }
    }
}

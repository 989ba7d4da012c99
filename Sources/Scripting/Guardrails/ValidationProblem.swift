/// A guardrail problem found at authoring time, and how many more products it affects.
///
/// Renders as `xiaolin.yaml:31: rule 'absolute-claim' phrase '最好' in templates.offer
/// variant 2 for product 'tea-01' (and 3 more products)`.
public struct ValidationProblem: Sendable, Equatable, CustomStringConvertible {
    public var violation: GuardrailViolation
    /// Further products the same template problem shows up with.
    public var moreProducts: Int

    public init(violation: GuardrailViolation, moreProducts: Int = 0) {
        self.violation = violation; self.moreProducts = moreProducts
    }

    public var description: String {
        violation.description + (moreProducts > 0 ? " (and \(moreProducts) more product\(moreProducts == 1 ? "" : "s"))" : "")
    }
}

/// Problems in the order found, merging repeats of one template problem across products.
struct ProblemList {
    private(set) var problems: [ValidationProblem] = []
    private var index: [String: (problem: Int, products: Set<String>)] = [:]

    /// Adds `violation`; with a `key`, a later violation with the same key only counts one
    /// more product (once per product).
    mutating func add(_ violation: GuardrailViolation, key: String?, product: String = "") {
        guard let key else {
            if !problems.contains(where: { $0.violation == violation }) { problems.append(ValidationProblem(violation: violation)) }
            return
        }
        if let existing = index[key] {
            if index[key]!.products.insert(product).inserted { problems[existing.problem].moreProducts += 1 }
        } else {
            index[key] = (problems.count, [product])
            problems.append(ValidationProblem(violation: violation))
        }
    }

    mutating func add(_ violations: [GuardrailViolation]) {
        for violation in violations { add(violation, key: nil) }
    }
}

import Scripting

/// The decision on one checked line.
struct CheckVerdict {
    var violations: [GuardrailViolation]
    /// Claim words an exemption cleared, and why.
    var cleared: [ClearedPhrase]
}

/// How `standin check` prints a decision: for people, or as tab-separated values.
enum CheckReport {
    /// `BLOCK  line 3: 全网最低价，仅剩3件` then one indented line per rule broken (or per exemption applied).
    static func text(number: Int, text: String, verdict: CheckVerdict) -> String {
        var out = (verdict.violations.isEmpty ? "PASS " : "BLOCK") + "  line \(number): \(text)"
        for violation in verdict.violations {
            out += "\n    \(violation.rule.id) '\(violation.phrase)': \(violation.reason)"
        }
        for phrase in verdict.cleared where verdict.violations.isEmpty || !verdict.violations.contains(where: { $0.phrase == phrase.phrase }) {
            out += "\n    exempt '\(phrase.phrase)' (\(phrase.exemption)): \(phrase.reason)"
        }
        return out
    }

    /// One row per rule broken; a passing line has one row with the exemptions (if any) as its reason.
    static func tsv(number: Int, text: String, verdict: CheckVerdict) -> String {
        guard !verdict.violations.isEmpty else {
            let reason = verdict.cleared.map { "exempt '\($0.phrase)' (\($0.exemption)): \($0.reason)" }.joined(separator: "; ")
            return row([String(number), "pass", "", "", reason, text])
        }
        return verdict.violations.map { row([String(number), "block", $0.rule.id, $0.phrase, $0.reason, text]) }.joined(separator: "\n")
    }

    /// Tabs and line breaks inside a field become spaces, so every row has six fields.
    private static func row(_ fields: [String]) -> String {
        fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
    }
}

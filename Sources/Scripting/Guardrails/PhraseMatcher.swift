/// Finds listed phrases in a line, leftmost-longest, where exemptions win over rules.
///
/// ```swift
/// let matcher = PhraseMatcher(rules: [("最", 0), ("best", 0)], exemptions: ["最近", "best before"])
/// matcher.matches(in: "最近卖得最好")  // [("最", 0)]: 最近 is consumed whole, the second 最 is a claim
/// ```
/// At each position the longest exemption and the longest rule starting there are compared:
/// an exemption at least as long as the rule consumes its text (so 最近 hides its 最, and
/// "best before" hides "best"); otherwise the rule is reported and its text consumed.
/// Patterns and lines are both folded by `NormalizedText` (case, width, traditional characters,
/// spaced letters, "No.1" spellings). A pattern that starts or ends with a Latin letter or digit matches only at a word
/// boundary there ("best" is not found in "bestow"); Han text has no word boundaries.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Entry: Sendable {
        let pattern: [Unicode.Scalar]
        let payload: Payload?  // nil: an exemption
    }

    /// Entries by first scalar, longest first.
    private let entries: [Unicode.Scalar: [Entry]]
    /// One bit per Basic Multilingual Plane scalar that starts an entry: most scalars start
    /// none, and a bit test is much cheaper than a hashed lookup.
    private let starts: [UInt64]

    init(rules: [(String, Payload)], exemptions: [String]) {
        var entries: [Unicode.Scalar: [Entry]] = [:]
        let all = rules.map { Entry(pattern: NormalizedText($0.0).scalars, payload: $0.1) }
            + exemptions.map { Entry(pattern: NormalizedText($0).scalars, payload: nil) }
        for entry in all where !entry.pattern.isEmpty {
            entries[entry.pattern[0], default: []].append(entry)
        }
        var starts = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in entries.keys where scalar.value < 0x10000 { starts[Int(scalar.value) >> 6] |= 1 << (UInt64(scalar.value) & 63) }
        self.starts = starts
        // Longest first; at equal length an exemption sorts before a rule.
        self.entries = entries.mapValues { list in
            list.sorted { ($0.pattern.count, $0.payload == nil ? 1 : 0) > ($1.pattern.count, $1.payload == nil ? 1 : 0) }
        }
    }

    /// Every rule hit in `text`: the phrase as written in `text`, and the rule's payload.
    func matches(in text: String) -> [(phrase: String, payload: Payload)] {
        matches(in: NormalizedText(text))
    }

    /// Every rule hit in an already normalized line (normalize once for several matchers).
    func matches(in normalized: NormalizedText) -> [(phrase: String, payload: Payload)] {
        hits(in: normalized).map { (normalized.original($0.range), $0.payload) }
    }

    /// Every rule hit as a range of `normalized.scalars`.
    func hits(in normalized: NormalizedText) -> [(range: Range<Int>, payload: Payload)] {
        scan(normalized).hits
    }

    /// Rule hits and the exemptions that consumed text, as ranges of `normalized.scalars`.
    func scan(_ normalized: NormalizedText) -> (hits: [(range: Range<Int>, payload: Payload)], exempt: [Range<Int>]) {
        let scalars = normalized.scalars
        var found: [(range: Range<Int>, payload: Payload)] = []
        var exempt: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            guard value >= 0x10000 || starts[Int(value) >> 6] & (1 << (UInt64(value) & 63)) != 0,
                  let candidates = entries[scalars[index]],
                  let hit = candidates.first(where: { matches($0.pattern, in: scalars, at: index, whole: $0.payload == nil) }) else {
                index += 1
                continue
            }
            if let payload = hit.payload {
                found.append((index..<index + hit.pattern.count, payload))
            } else {
                exempt.append(index..<index + hit.pattern.count)
            }
            index += hit.pattern.count
        }
        return (found, exempt)
    }

    /// `whole`: a hyphen also continues the word, so an exemption does not swallow part of a
    /// compound ("best before-dinner" is not "best before"), while a rule still finds "#1-rated".
    private func matches(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int, whole: Bool) -> Bool {
        let end = start + pattern.count
        guard end <= text.count else { return false }
        for offset in 1..<pattern.count where text[start + offset] != pattern[offset] { return false }
        func joins(_ scalar: Unicode.Scalar) -> Bool { NormalizedText.isWord(scalar) || (whole && scalar == "-") }
        if NormalizedText.isWord(pattern[0]), start > 0, joins(text[start - 1]) { return false }
        if NormalizedText.isWord(pattern[pattern.count - 1]), end < text.count, joins(text[end]) { return false }
        return true
    }
}

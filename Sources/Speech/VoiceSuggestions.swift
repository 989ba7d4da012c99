/// Finds installed voice names close to a mistyped one, for error messages.
enum VoiceSuggestions {
    /// Up to `limit` names from `installed` that share the language code with `name`, contain
    /// it, or are a few edits away, best first. Case-insensitive; `_` counts as `-`.
    static func closest(to name: String, in installed: [String], limit: Int = 6) -> [String] {
        let wanted = normalized(name)
        guard !wanted.isEmpty else { return [] }
        let language = wanted.split(separator: "-").first.map(String.init) ?? wanted
        let ranked = installed.compactMap { voice -> (score: Int, voice: String)? in
            let candidate = normalized(voice)
            let distance = editDistance(wanted, candidate)
            if distance <= max(2, wanted.count / 3) { return (distance, voice) }
            if candidate.hasPrefix(language + "-") || candidate == language { return (10 + distance, voice) }
            if candidate.contains(wanted) || wanted.contains(candidate) { return (20 + distance, voice) }
            return nil
        }
        return ranked.sorted { ($0.score, $0.voice) < ($1.score, $1.voice) }.prefix(limit).map(\.voice)
    }

    private static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace }.map { $0 == "_" ? "-" : $0 })
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

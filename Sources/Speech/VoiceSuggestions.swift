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

    /// Edit distance over characters where swapping two neighbours counts as one edit
    /// (optimal string alignment), so "yeu" is one edit from "yue".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

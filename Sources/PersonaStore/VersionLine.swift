/// Sets the top-level `version:` line of a persona's YAML text.
enum VersionLine {
    /// `yaml` with its `version: …` line (at column 0) replaced by `version: <number>`, or
    /// such a line added after `id:` (or at the top) when there is none.
    static func setting(_ number: Int, in yaml: String) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = lines.firstIndex(where: { $0.hasPrefix("version:") }) {
            let comment = lines[index].range(of: " #").map { String(lines[index][$0.lowerBound...]) } ?? ""
            lines[index] = "version: \(number)" + comment
        } else {
            let after = lines.firstIndex { $0.hasPrefix("id:") }.map { $0 + 1 } ?? 0
            lines.insert("version: \(number)", at: after)
        }
        return lines.joined(separator: "\n")
    }
}

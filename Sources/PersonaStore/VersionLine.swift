import Foundation

/// Reads and sets the top-level `version:` line of a persona's YAML text.
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

    /// The number on the `version:` line (at column 0, a comment after it allowed), or nil
    /// when there is none or it is not a whole number ≥ 1.
    static func number(in yaml: String) -> Int? {
        guard let line = yaml.split(separator: "\n").first(where: { $0.hasPrefix("version:") }) else { return nil }
        let value = line.dropFirst("version:".count).split(separator: "#", maxSplits: 1).first ?? ""
        return Int(value.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 1 ? $0 : nil }
    }
}

import Foundation
import PersonaStore

/// A persona id made from the host's display name, so nobody has to invent one: any script
/// written in Latin letters (Chinese through pinyin, accents dropped), lower case, words
/// joined by `-`, at most 40 characters. `小林` → `xiao-lin`, `Sunny Kitchen Host` →
/// `sunny-kitchen-host`.
enum PersonaID {
    static func suggested(from name: String) -> String {
        let latin = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Any-Lower"), reverse: false)
            ?? name.lowercased()
        var id = "", gap = false
        for scalar in latin.unicodeScalars {
            guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) else { gap = true; continue }
            if gap && !id.isEmpty { id += "-" }
            id.unicodeScalars.append(scalar)
            gap = false
        }
        while id.count > 40 || id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "host" : id
    }

    /// `base`, or `base-2`, `base-3` … the first that is not in `taken`.
    static func unused(_ base: String, taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        for number in 2... {
            let suffix = "-\(number)"
            let candidate = String(base.prefix(40 - suffix.count)) + suffix
            if !taken.contains(candidate) { return candidate }
        }
        return base
    }

    /// Whether a display name is written (mostly) in Chinese characters.
    static func isChinese(_ name: String) -> Bool {
        let han = name.unicodeScalars.filter { $0.properties.isIdeographic }.count
        return han > 0 && han * 2 >= name.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }
}

import Foundation

/// A readable name for an espeak-ng voice code, from ICU's language names: `en-us` →
/// "English (United States) — en-us", `cmn-latn-pinyin` → "Mandarin Chinese (Latin, Pinyin) — cmn-latn-pinyin".
/// The code stays in the name, so an engineer's instructions still match.
enum VoiceName {
    static func readable(_ code: String) -> String {
        guard !code.isEmpty else { return "(none)" }
        let english = Locale(identifier: "en")
        let name = english.localizedString(forIdentifier: code.replacingOccurrences(of: "-", with: "_"))
            ?? english.localizedString(forLanguageCode: String(code.prefix { $0 != "-" }))
        guard let name, name.lowercased() != code.lowercased() else { return code }
        return "\(name) — \(code)"
    }
}

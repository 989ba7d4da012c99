import StandInCore

/// Viewers' display names as the engine keeps and shows them.
public enum ViewerNames {
    /// What the host calls a viewer whose name may not be shown.
    public static func neutralLabel(_ language: Persona.Language) -> String {
        switch language {
        case .zh: "有观众"
        case .en: "a viewer"
        }
    }

    /// The name with control, format and line characters removed, white space collapsed and
    /// at most `limit` characters: safe to write into a log or the as-run `by` field.
    public static func sanitized(_ name: String, limit: Int = 40) -> String {
        let kept = name.unicodeScalars.map { scalar -> String in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: " "
            default: String(scalar)
            }
        }.joined()
        let words = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return String(words.prefix(limit))
    }

    /// The as-run `by` of a viewer's question: `viewer:` and the sanitised names, so no
    /// display name can pass for an operator's token name (those are `operator:<name>`).
    public static func asRunBy(_ names: [String]) -> String {
        "viewer:" + names.map { sanitized($0) }.joined(separator: ", ")
    }

    /// Words of names that pose as the shop, the platform or the host.
    static let staffWords: [String] = [
        "官方", "客服", "管理员", "房管", "主播", "系统", "平台", "运营", "商家", "店长", "小助手", "助理",
        "admin", "official", "moderator", "operator", "system", "staff", "support", "host", "mod",
    ]
}

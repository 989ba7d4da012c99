/// Hides the secret parts of a streaming URL, for anything a person reads.
///
/// Text that was meant to be a URL is treated as one even when it is malformed
/// (`rtmp//host/live/KEY`, `rtmp:/host/live/KEY`, a bare key): its last path component, query
/// and user info are hidden all the same, so a typo never prints the stream key.
public enum URLRedaction {
    /// `scheme://[****@]host[:port]/path/****[?****]`: user info, the last path component
    /// (the stream key) and any query replaced. Text without `://` is redacted the same way:
    /// its last `/`-separated component (all of it for a bare key) and any query are hidden.
    /// Each of `secrets` (say, the values of the `${NAME}` variables the text was expanded
    /// from) is hidden wherever it still appears.
    ///
    /// ```swift
    /// URLRedaction.redact("rtmp://push.example.com/live/sk-123")   // "rtmp://push.example.com/live/****"
    /// URLRedaction.redact("rtmp//push.example.com/live/sk-123")    // "rtmp//push.example.com/live/****"
    /// URLRedaction.redact("sk-123")                                // "****"
    /// ```
    public static func redact(_ url: String, secrets: [String] = []) -> String {
        let schemeEnd = url.range(of: "://")
        let head = schemeEnd.map { url[..<$0.upperBound] } ?? ""
        var rest = schemeEnd.map { url[$0.upperBound...] } ?? url[...]
        var suffix = ""
        if let mark = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            suffix = "\(rest[mark])****"
            rest = rest[..<mark]
        }
        var authority: Substring = ""
        if schemeEnd != nil {
            let pathStart = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = rest[..<pathStart]
            if let at = authority.lastIndex(of: "@") { authority = "****@" + authority[authority.index(after: at)...] }
            rest = rest[pathStart...]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if schemeEnd == nil, let at = components[0].lastIndex(of: "@") {
            components[0] = "****@" + components[0][components[0].index(after: at)...]
        }
        if let last = components.lastIndex(where: { !$0.isEmpty }) { components[last] = "****" }
        return hiding(secrets, in: head + authority + components.joined(separator: "/") + suffix)
    }

    /// `text` with every URL in it (`scheme://…` up to a space or quote) redacted, and each of
    /// `secrets` hidden: for free text such as libav's log lines or an error's description.
    ///
    /// ```swift
    /// URLRedaction.redactURLs(in: "Cannot open rtmp://h/live/sk-1: refused")  // "Cannot open rtmp://h/live/****: refused"
    /// ```
    public static func redactURLs(in text: String, secrets: [String] = []) -> String {
        var result = "", rest = Substring(text)
        while let mark = rest.range(of: "://") {
            let start = rest[..<mark.lowerBound].lastIndex { !isSchemeCharacter($0) }.map(rest.index(after:)) ?? rest.startIndex
            var end = rest[mark.upperBound...].firstIndex(where: isURLEnd) ?? rest.endIndex
            while end > mark.upperBound, ".,:;)]".contains(rest[rest.index(before: end)]) { end = rest.index(before: end) }
            result += rest[..<start]
            result += start < mark.lowerBound ? redact(String(rest[start..<end])) : String(rest[start..<end])
            rest = rest[end...]
        }
        return hiding(secrets, in: result + rest)
    }

    /// The parts of `url` that are secret on their own: the stream key (the last path
    /// component of a URL with an application before it), user info and query; the whole text
    /// when it has no `/` at all (a bare key). Parts shorter than 4 characters are left out.
    public static func secrets(of url: String) -> [String] {
        var parts: [String] = []
        let afterScheme = url.range(of: "://").map { String(url[$0.upperBound...]) } ?? url
        let beforeQuery = afterScheme.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        if beforeQuery.count == 2 { parts.append(String(beforeQuery[1])) }
        let path = beforeQuery[0]
        if let at = path.split(separator: "/", maxSplits: 1).first?.lastIndex(of: "@") {
            parts.append(String(path[..<at]))
        }
        let components = path.split(separator: "/")
        if components.count >= 2 || !path.contains("/"), let last = components.last { parts.append(String(last)) }
        return parts.filter { $0.count >= 4 }
    }

    /// `text` with each secret (longest first, 4 characters or more) replaced by `****`.
    public static func hiding(_ secrets: [String], in text: String) -> String {
        secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
            .reduce(text) { $0.replacingOccurrences(of: $1, with: "****") }
    }

    private static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+-.".contains(character))
    }

    private static func isURLEnd(_ character: Character) -> Bool {
        character.isWhitespace || "'\"<>`".contains(character)
    }
}

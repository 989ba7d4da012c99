/// Hides the secret parts of a streaming URL, for anything a person reads.
public enum URLRedaction {
    /// `scheme://[****@]host[:port]/path/****[?****]`: user info, the last path component
    /// (the stream key) and any query replaced; text without `://` is returned as it is.
    ///
    /// ```swift
    /// URLRedaction.redact("rtmp://push.example.com/live/sk-123")   // "rtmp://push.example.com/live/****"
    /// ```
    public static func redact(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        var rest = url[schemeEnd.upperBound...]
        var suffix = ""
        if let mark = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            suffix = "\(rest[mark])****"
            rest = rest[..<mark]
        }
        let pathStart = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<pathStart]
        if let at = authority.lastIndex(of: "@") { authority = "****@" + authority[authority.index(after: at)...] }
        var components = rest[pathStart...].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let last = components.lastIndex(where: { !$0.isEmpty }) { components[last] = "****" }
        return url[..<schemeEnd.upperBound] + authority + components.joined(separator: "/") + suffix
    }
}

/// Twitch chat's IRC dialect as events: a pure translation tested with literal lines.
///
/// - `PRIVMSG #channel :text` → a comment by `display-name` (else the nick), viewer id
///   `user-id` (else the nick); a `bits` tag also makes a gift of that many bits (the text
///   with its `cheer100` words still goes on as a comment).
/// - `USERNOTICE` with `msg-id` `sub`, `resub`, `subgift`, `submysterygift` → a gift
///   (a subscription); `raid` → the raider's arrival.
/// - `JOIN` of another user (with the `twitch.tv/membership` capability) → an arrival.
/// Follows are not in chat (Twitch sends them only through EventSub; docs/comments.md).
enum TwitchChat {
    /// What to send after connecting: capabilities, login (anonymous without a token), join.
    static func login(nick: String, token: String?, channel: String) -> [String] {
        // CAP END right after the request: a standard IRCv3 server holds registration until it.
        var lines = ["CAP REQ :twitch.tv/tags twitch.tv/commands twitch.tv/membership", "CAP END"]
        if let token { lines.append("PASS oauth:" + (token.hasPrefix("oauth:") ? String(token.dropFirst(6)) : token)) }
        lines += ["NICK \(nick)", "USER \(nick) 0 * :\(nick)", "JOIN #\(channel)"]
        return lines
    }

    /// What a line from the server means.
    enum Reply: Equatable {
        case events([CommentEvent])
        case send(String)
        /// Registered and in the channel.
        case joined
        /// The server asks us to reconnect (Twitch `RECONNECT`), or refused the login.
        case close(String)
        case nothing
    }

    static func reply(to message: IRCMessage, source: String, nick: String, channel: String) -> Reply {
        let name = message.tags["display-name"].flatMap { $0.isEmpty ? nil : $0 } ?? message.source ?? ""
        let id = message.tags["user-id"].flatMap { $0.isEmpty ? nil : $0 } ?? message.source ?? ""
        switch message.command {
        case "PING": return .send("PONG :" + (message.parameters.last ?? ""))
        case "RECONNECT": return .close("the server asked for a reconnect")
        case "NOTICE" where message.parameters.last?.lowercased().contains("authentication failed") == true,
             "NOTICE" where message.parameters.last?.lowercased().contains("login unsuccessful") == true:
            return .close("login refused (check the token in token_env)")
        case "JOIN" where message.source?.lowercased() == nick: return .joined
        case "JOIN":
            return .events([CommentEvent(source: source, viewerID: id, viewerName: name, kind: .joined)])
        case "PRIVMSG":
            guard message.parameters.count >= 2 else { return .nothing }
            var events = [CommentEvent(source: source, viewerID: id, viewerName: name, kind: .comment(message.parameters[1]))]
            if let bits = message.tags["bits"].flatMap(Int.init), bits > 0 {
                events.insert(CommentEvent(source: source, viewerID: id, viewerName: name, kind: .gift(name: "bits", count: bits)), at: 0)
            }
            return .events(events)
        case "USERNOTICE":
            switch message.tags["msg-id"] ?? "" {
            case "sub", "resub", "subgift", "submysterygift":
                let count = message.tags["msg-param-mass-gift-count"].flatMap(Int.init) ?? 1
                return .events([CommentEvent(source: source, viewerID: id, viewerName: name, kind: .gift(name: "subscription", count: count))])
            case "raid":
                return .events([CommentEvent(source: source, viewerID: id, viewerName: message.tags["msg-param-displayName"] ?? name,
                                             kind: .joined)])
            default: return .nothing
            }
        default: return .nothing
        }
    }
}

import Foundation

extension Channel {
    /// `comments: {sources: [...], answer_every_seconds, per_viewer_minutes, max_waiting, mute,
    /// react_every_seconds, milestones, welcome_burst, welcome_window_seconds}`. Secrets are
    /// named by environment variable (`secret_env`, `token_env`), never written in the file.
    static func loadComments(_ fields: YAMLMapping?) throws -> CommentSettings {
        var settings = CommentSettings()
        guard let fields else { return settings }
        settings.source = SourceLocation(file: fields.file, line: fields.line)
        var problems = ProblemList()
        problems.collect { settings.answerEverySeconds = try fields.int("answer_every_seconds", in: 1...3_600, default: settings.answerEverySeconds) }
        problems.collect { settings.perViewerMinutes = try fields.int("per_viewer_minutes", in: 0...1_440, default: settings.perViewerMinutes) }
        problems.collect { settings.maxWaiting = try fields.int("max_waiting", in: 1...1_000, default: settings.maxWaiting) }
        problems.collect { settings.mute = try fields.stringList("mute", required: false, maxLength: YAMLLimits.maxNameCharacters) }
        problems.collect { settings.reactEverySeconds = try fields.int("react_every_seconds", in: 1...3_600, default: settings.reactEverySeconds) }
        problems.collect { settings.welcomeBurst = try fields.int("welcome_burst", in: 1...10_000, default: settings.welcomeBurst) }
        problems.collect {
            settings.welcomeWindowSeconds = try fields.int("welcome_window_seconds", in: 1...3_600, default: settings.welcomeWindowSeconds)
        }
        problems.collect {
            guard fields.has("milestones") else { return }
            let texts = try fields.stringList("milestones", required: true)
            settings.milestones = try texts.map { text in
                guard let number = Int(text), number > 0 else { throw fields.error("milestones", "must list whole numbers above 0, got '\(text)'") }
                return number
            }.sorted()
        }
        problems.collect { () throws -> Void in
            for (index, item) in try list(fields, "sources").enumerated() {
                let entry = try YAMLMapping(item, file: fields.file, context: "comment source #\(index + 1)", what: "")
                let source = try loadCommentSource(entry)
                if settings.sources.contains(where: { $0.name == source.name }) {
                    throw entry.error("name", "'\(source.name)' is used twice")
                }
                settings.sources.append(source)
            }
        }
        problems.collect { try fields.finish() }
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return settings
    }

    private static func loadCommentSource(_ entry: YAMLMapping) throws -> CommentSourceSettings {
        let name = try entry.string("name", maxLength: YAMLLimits.maxNameCharacters)
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw entry.error("name", "must be letters, digits, '-' or '_' (it is part of the webhook's path), got '\(name)'")
        }
        let type = try entry.string("type")
        let kind: CommentSourceSettings.Kind
        switch type {
        case "webhook":
            kind = .webhook(secret: try environmentSecret(entry, "secret_env", required: true)!,
                            replayWindowSeconds: try entry.int("replay_window_seconds", in: 1...3_600, default: 300))
        case "twitch":
            let (host, port) = try endpoint(entry, "server", default: "irc.chat.twitch.tv:6667")
            let channel = try entry.string("channel", maxLength: 64)
            kind = .twitch(host: host, port: port, channel: channel.lowercased(),
                           nick: try entry.optionalString("nick", maxLength: 64)?.lowercased() ?? "justinfan54321",
                           token: try environmentSecret(entry, "token_env", required: false))
        case "youtube":
            let endpoint = try entry.optionalString("endpoint") ?? "https://www.googleapis.com/youtube/v3/liveChat/messages"
            guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw entry.error("endpoint", "must be an http(s) URL, got '\(endpoint)'")
            }
            kind = .youtube(endpoint: endpoint, liveChatID: try entry.string("live_chat_id", maxLength: 200),
                            token: try environmentSecret(entry, "token_env", required: true)!)
        default:
            throw entry.error("type", "must be webhook, twitch or youtube, got '\(type)'")
        }
        try entry.finish()
        return CommentSourceSettings(name: name, kind: kind, source: entry.source)
    }

    /// The value of the environment variable named by `key` (the name is in the file, never the value).
    private static func environmentSecret(_ entry: YAMLMapping, _ key: String, required: Bool) throws -> String? {
        guard let name = try entry.optionalString(key, maxLength: 128) else {
            if required { throw entry.error(key, "is missing: name the environment variable that holds the secret") }
            return nil
        }
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw entry.error(key, "names the environment variable \(name), which is not set")
        }
        return value
    }

    private static func endpoint(_ entry: YAMLMapping, _ key: String, default fallback: String) throws -> (String, Int) {
        let text = try entry.optionalString(key) ?? fallback
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (1...65_535).contains(port) else {
            throw entry.error(key, "must look like irc.chat.twitch.tv:6667 (host:port), got '\(text)'")
        }
        return (String(parts[0]), port)
    }

}

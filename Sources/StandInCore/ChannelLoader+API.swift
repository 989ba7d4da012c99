import Foundation
import Yams

extension Channel {
    /// Tokens shorter than this are refused: they would be guessable.
    static let shortestToken = 16

    /// `api: {listen: "127.0.0.1:8787", tokens: [{name, token}], tokens_file: path,
    /// request_timeout_ms: 5000, max_connections: 256}`. Token
    /// values may be `${NAME}` (an environment variable). A tokens file is shared by several
    /// channels: a list of `{name, token, channels: [id, …] or ["*"]}`.
    static func loadAPI(_ fields: YAMLMapping?, resolve: (String) -> String) throws -> APISettings {
        var settings = APISettings()
        guard let fields else { return settings }
        var problems = ProblemList()
        problems.collect {
            guard let listen = try fields.optionalString("listen") else { return }
            let parts = listen.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else {
                throw fields.error("listen", "must look like 127.0.0.1:8787 (host:port), got '\(listen)'")
            }
            settings.host = String(parts[0]); settings.port = port
        }
        problems.collect {
            settings.requestTimeoutMilliseconds = try fields.int("request_timeout_ms", in: 100...600_000,
                                                                default: APISettings.defaultRequestTimeoutMilliseconds)
        }
        problems.collect {
            settings.maxConnections = try fields.int("max_connections", in: 1...100_000, default: APISettings.defaultMaxConnections)
        }
        settings.tokens += loadTokens(fields, key: "tokens", shared: false, problems: &problems)
        let shared = problems.collect { () throws -> YAMLMapping? in
            guard let path = try fields.optionalString("tokens_file") else { return nil }
            let resolved = resolve(path)
            guard FileManager.default.isReadableFile(atPath: resolved) else {
                throw fields.error("tokens_file", "file not found: \(resolved)")
            }
            let file = try YAMLFile(path: resolved)
            return try YAMLMapping(file.root, file: resolved, context: nil, what: "")
        }
        if let root = shared ?? nil {
            settings.tokens += loadTokens(root, key: "tokens", shared: true, problems: &problems)
            problems.collect { try root.finish() }
        }
        problems.collect { try fields.finish() }
        for (index, token) in settings.tokens.enumerated() where settings.tokens[..<index].contains(where: { $0.token == token.token }) {
            problems.add(FileError(file: token.source.file, line: token.source.line, context: "token '\(token.name)'",
                                   field: "token", problem: "is the same as another token's; give every holder their own"))
        }
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return settings
    }

    /// The well-formed tokens under `key`; the problems of the others go to `problems`.
    private static func loadTokens(_ fields: YAMLMapping, key: String, shared: Bool, problems: inout ProblemList) -> [APIToken] {
        var tokens: [APIToken] = []
        let items: [Node] = problems.collect { try list(fields, key) } ?? []
        for (index, item) in items.enumerated() {
            problems.collect { () throws -> Void in
                let entry = try YAMLMapping(item, file: fields.file, context: "\(key) #\(index + 1)", what: "")
                let name = try entry.string("name")
                let value = try expandingEnvironment(try entry.string("token"), entry, key: "token")
                guard value.count >= shortestToken else {
                    throw entry.error("token", "must be at least \(shortestToken) characters (e.g. `openssl rand -hex 24`)")
                }
                let channels = shared ? try entry.stringList("channels", required: true) : nil
                try entry.finish()
                tokens.append(APIToken(name: name, token: value, channels: channels, source: entry.source))
            }
        }
        return tokens
    }
}

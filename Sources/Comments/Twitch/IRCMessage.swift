/// One IRC line with IRCv3 message tags, parsed: a pure value tested with literal lines.
///
/// ```swift
/// let message = IRCMessage(parsing: "@display-name=Mia;bits=100 :mia!mia@mia.tmi.twitch.tv PRIVMSG #shop :cheer100 hi")
/// message?.command     // "PRIVMSG"
/// message?.tags["bits"] // "100"
/// ```
/// Tag values are unescaped (`\:` → `;`, `\s` → space, `\\` → `\`, `\r`, `\n`); a line is
/// at most `maxLength` bytes (IRCv3: 8,191 tag bytes plus 512 for the rest) or not parsed.
public struct IRCMessage: Sendable, Equatable {
    public var tags: [String: String]
    /// The prefix's nick (`mia` of `mia!mia@host`), or the server name.
    public var source: String?
    public var command: String
    public var parameters: [String]

    public static let maxLength = 8_191 + 512

    public init?(parsing line: String) {
        guard line.utf8.count <= Self.maxLength else { return nil }
        var rest = Substring(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        tags = [:]
        if rest.hasPrefix("@") {
            guard let space = rest.firstIndex(of: " ") else { return nil }
            for pair in rest[rest.index(after: rest.startIndex)..<space].split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                tags[String(parts[0])] = parts.count > 1 ? Self.unescape(parts[1]) : ""
            }
            rest = rest[space...].drop { $0 == " " }
        }
        source = nil
        if rest.hasPrefix(":") {
            guard let space = rest.firstIndex(of: " ") else { return nil }
            let prefix = rest[rest.index(after: rest.startIndex)..<space]
            source = String(prefix.split(separator: "!", maxSplits: 1).first ?? prefix)
            rest = rest[space...].drop { $0 == " " }
        }
        parameters = []
        var command: Substring?
        while !rest.isEmpty {
            if command != nil, rest.hasPrefix(":") {
                parameters.append(String(rest.dropFirst()))
                break
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            if command == nil { command = rest[..<end] } else { parameters.append(String(rest[..<end])) }
            rest = rest[end...].drop { $0 == " " }
        }
        guard let command, !command.isEmpty else { return nil }
        self.command = command.uppercased()
    }

    static func unescape(_ value: Substring) -> String {
        var result = "", escaping = false
        for character in value {
            if escaping {
                switch character {
                case ":": result.append(";")
                case "s": result.append(" ")
                case "r": result.append("\r")
                case "n": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

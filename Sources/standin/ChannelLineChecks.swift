import Foundation
import Scripting
import StandInCore

/// The lines a channel file itself makes the host say (handoff, welcome back, fillers, the
/// disclosure override, the relay's bridge and arrival lines), checked before anything airs:
/// placeholders must be ones the engine fills, and every sentence must pass the persona's
/// guardrails. Without this a typo (`{{hots}}`) would be spoken literally and a blocked
/// line would silently leave its segment mute.
enum ChannelLineChecks {
    static func problems(channel: Channel, persona: Persona, catalog: Catalog) -> [FileError] {
        guard let builder = try? ScriptBuilder(persona: persona, catalog: catalog) else { return [] }
        var lines: [(field: String, text: String, placeholders: Set<String>)] = [
            ("handoff.before", channel.handoff.before, ["host", "time"]),
            ("handoff.welcome_back", channel.handoff.welcomeBack, []),
        ]
        for (kind, text) in channel.fillerLines.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append(("fillers.\(kind.rawValue)", text, []))
        }
        if let disclosure = channel.disclosure { lines.append(("disclosure.line", disclosure.line, [])) }
        if let relay = channel.relay {
            if let bridge = relay.bridgeLine { lines.append(("relay.bridge_line", bridge, ["host"])) }
            if let arrival = relay.arrivalLine { lines.append(("relay.arrival_line", arrival, ["host"])) }
        }
        var found: [FileError] = []
        for (field, text, allowed) in lines {
            for name in placeholders(in: text) where !allowed.contains(name) {
                let hint = allowed.isEmpty ? "this line takes no placeholders" : "use " + allowed.sorted().map { "{{\($0)}}" }.joined(separator: " or ")
                found.append(FileError(file: channel.file, line: channel.textLines[field], field: field, problem: "has an unknown placeholder {{\(name)}}; \(hint)"))
            }
            let filled = text.replacingOccurrences(of: "{{host}}", with: "Lily").replacingOccurrences(of: "{{time}}", with: "19:00")
            let parts = builder.customLines(filled, source: SourceLocation(file: channel.file, line: nil))
            for violation in builder.guardrails.check(lines: parts) {
                found.append(FileError(file: channel.file, line: channel.textLines[field], field: field, problem: "would be kept off air: \(violation)"))
            }
        }
        return found
    }

    /// Names inside `{{…}}`.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = [], rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}

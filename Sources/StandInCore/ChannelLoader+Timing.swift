import Foundation
import Yams

extension Channel {
    /// `shifts: {weekly: [...], exceptions: [...]}`; every bad item is reported.
    static func loadShifts(_ fields: YAMLMapping?, relayConfigured: Bool) throws -> (shifts: [HostShift], cancellations: [ShiftCancellation]) {
        guard let fields else { return ([], []) }
        var problems = ProblemList()
        var shifts: [HostShift] = []
        var cancellations: [ShiftCancellation] = []
        for (index, item) in try list(fields, "weekly").enumerated() {
            problems.collect {
                let entry = try YAMLMapping(item, file: fields.file, context: "weekly shift #\(index + 1)", what: "")
                let shift = HostShift(days: .weekly(try days(entry)), start: try time(entry, "start"),
                                      end: try time(entry, "end"), host: try entry.string("host", maxLength: YAMLLimits.maxNameCharacters),
                                      mode: try shiftMode(entry, relayConfigured: relayConfigured), source: entry.source)
                try entry.finish()
                shifts.append(shift)
            }
        }
        for (index, item) in try list(fields, "exceptions").enumerated() {
            problems.collect {
                let entry = try YAMLMapping(item, file: fields.file, context: "shift exception #\(index + 1)", what: "")
                let day = try date(entry, "date")
                if let cancel = entry.value("cancel") {
                    guard cancel.string == "true" else { throw entry.error("cancel", "must be true (or leave it out for an extra shift)", at: cancel) }
                    let start = entry.has("start") ? try time(entry, "start") : nil
                    cancellations.append(ShiftCancellation(date: day, start: start, source: entry.source))
                } else {
                    shifts.append(HostShift(days: .date(day), start: try time(entry, "start"), end: try time(entry, "end"),
                                            host: try entry.string("host", maxLength: YAMLLimits.maxNameCharacters),
                                            mode: try shiftMode(entry, relayConfigured: relayConfigured), source: entry.source))
                }
                try entry.finish()
            }
        }
        try fields.finish()
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return (shifts, cancellations)
    }

    /// `promos: [{product, days | date, start, end}]`; days default to daily.
    static func loadPromos(_ root: YAMLMapping) throws -> [Promo] {
        var problems = ProblemList()
        var promos: [Promo] = []
        for (index, item) in try list(root, "promos").enumerated() {
            problems.collect {
                let entry = try YAMLMapping(item, file: root.file, context: "promo #\(index + 1)", what: "")
                let selection: DaySelection
                if entry.has("date") {
                    if entry.has("days") { throw entry.error("days", "cannot be combined with date") }
                    selection = .date(try date(entry, "date"))
                } else {
                    selection = .weekly(entry.has("days") ? try days(entry) : Set(Weekday.allCases))
                }
                let promo = Promo(productID: try entry.string("product"), days: selection, start: try time(entry, "start"),
                                  end: try time(entry, "end"), source: entry.source)
                if promo.minutes > 180 { throw entry.error("end", "makes the promo longer than 3 hours") }
                try entry.finish()
                promos.append(promo)
            }
        }
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return promos
    }

    /// `destinations: [{name, url}]`: `rtmp://`/`rtmps://` URLs with a host, or a local `.flv`
    /// path (relative to the channel file) for a recording. `${NAME}` in a URL is replaced by
    /// the environment variable NAME, so stream keys can stay out of the file.
    static func loadDestinations(_ root: YAMLMapping) throws -> [ChannelDestination] {
        var problems = ProblemList()
        var destinations: [ChannelDestination] = []
        let folder = URL(fileURLWithPath: root.file).deletingLastPathComponent()
        for (index, item) in try list(root, "destinations").enumerated() {
            problems.collect {
                let entry = try YAMLMapping(item, file: root.file, context: "destination #\(index + 1)", what: "")
                let name = try entry.string("name", maxLength: YAMLLimits.maxNameCharacters)
                let text = try expandingEnvironment(try entry.string("url"), entry, key: "url")
                var url = text
                if text.contains("://") {
                    guard let parsed = URL(string: text), let scheme = parsed.scheme?.lowercased(),
                          ["rtmp", "rtmps"].contains(scheme), parsed.host?.isEmpty == false else {
                        throw entry.error("url", "must be an rtmp:// or rtmps:// URL with a host, or a .flv file path, got '\(URLRedaction.redact(text))'")
                    }
                } else {
                    guard text.lowercased().hasSuffix(".flv") else {
                        throw entry.error("url", "must be an rtmp:// or rtmps:// URL, or a recording path ending in .flv, got '\(text)'")
                    }
                    url = text.hasPrefix("/") ? text : folder.appendingPathComponent(text).path
                }
                if destinations.contains(where: { $0.name == name }) { throw entry.error("name", "'\(name)' is used twice") }
                try entry.finish()
                destinations.append(ChannelDestination(name: name, url: url, source: entry.source))
            }
        }
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return destinations
    }

    /// `text` with every `${NAME}` replaced by the environment variable NAME.
    static func expandingEnvironment(_ text: String, _ entry: YAMLMapping, key: String) throws -> String {
        var result = "", rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                throw entry.error(key, "has an unclosed '${' (write ${NAME} for an environment variable)")
            }
            let name = String(rest[open.upperBound..<close])
            guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
                throw entry.error(key, "uses ${\(name)}, but the environment variable \(name) is not set")
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func list(_ fields: YAMLMapping, _ key: String) throws -> [Node] {
        guard let node = fields.value(key) else { return [] }
        guard let items = node.sequence else { throw fields.error(key, "must be a list", at: node) }
        return Array(items)
    }

    private static func time(_ fields: YAMLMapping, _ key: String) throws -> TimeOfDay {
        let text = try fields.string(key)
        guard let time = TimeOfDay(parsing: text) else {
            throw fields.error(key, "must be a time of day from 00:00 to 23:59 like \"19:00\", got '\(text)'", at: fields.value(key))
        }
        return time
    }

    private static func date(_ fields: YAMLMapping, _ key: String) throws -> LocalDate {
        let text = try fields.string(key)
        guard let date = LocalDate(parsing: text) else {
            throw fields.error(key, "must be a date like 2026-12-01, got '\(text)'", at: fields.value(key))
        }
        return date
    }

    /// `days: mon-fri`, `days: daily`, or `days: [mon, wed, sat-sun]`.
    private static func days(_ fields: YAMLMapping) throws -> Set<Weekday> {
        guard let node = fields.value("days") else { throw fields.error("days", "is missing (e.g. mon-fri, daily, [sat, sun])") }
        let items: [Node] = node.sequence.map(Array.init) ?? [node]
        var days: Set<Weekday> = []
        for item in items {
            guard let text = item.string, let parsed = Weekday.parseSet(text) else {
                throw fields.error("days", "must be days like mon, mon-fri, daily or a list of them, got '\(item.string ?? "a mapping")'", at: item)
            }
            days.formUnion(parsed)
        }
        if days.isEmpty { throw fields.error("days", "must name at least one day", at: node) }
        return days
    }
}

extension YAMLMapping {
    /// Where this mapping starts, as a `SourceLocation`.
    var source: SourceLocation { SourceLocation(file: file, line: line) }
}

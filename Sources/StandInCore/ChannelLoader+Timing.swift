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

    /// `destinations: [{name, url, retry_delay_ms, retry_max_delay_s, probe_interval_ms,
    /// stall_timeout_ms}]`: `rtmp://`/`rtmps://` URLs with a host, or a local `.flv` path
    /// (relative to the channel file) for a recording. `${NAME}` in a URL is replaced by the
    /// environment variable NAME, so stream keys can stay out of the file. A URL is never
    /// printed whole: errors show it redacted, with every expanded value hidden.
    static func loadDestinations(_ root: YAMLMapping) throws -> [ChannelDestination] {
        var problems = ProblemList()
        var destinations: [ChannelDestination] = []
        let folder = URL(fileURLWithPath: root.file).deletingLastPathComponent()
        for (index, item) in try list(root, "destinations").enumerated() {
            problems.collect {
                let entry = try YAMLMapping(item, file: root.file, context: "destination #\(index + 1)", what: "")
                let name = try entry.string("name", maxLength: YAMLLimits.maxNameCharacters)
                let (text, secrets) = try expandingEnvironmentValues(try entry.string("url"), entry, key: "url")
                let shown = URLRedaction.redact(text, secrets: secrets)
                var url = text
                if text.contains("://") {
                    guard let parsed = URL(string: text), let scheme = parsed.scheme?.lowercased(),
                          ["rtmp", "rtmps"].contains(scheme), parsed.host?.isEmpty == false else {
                        throw entry.error("url", "must be an rtmp:// or rtmps:// URL with a host, or a .flv file path, got '\(shown)'")
                    }
                } else {
                    guard text.lowercased().hasSuffix(".flv") else {
                        throw entry.error("url", "must be an rtmp:// or rtmps:// URL, or a recording path ending in .flv, got '\(shown)'")
                    }
                    url = text.hasPrefix("/") ? text : folder.appendingPathComponent(text).path
                }
                if destinations.contains(where: { $0.name == name }) { throw entry.error("name", "'\(name)' is used twice") }
                if let twin = destinations.first(where: { Self.sameEndpoint($0.url, url) }) {
                    throw entry.error("url", "is the same as destination '\(twin.name)' (\(twin.source.line.map { "line \($0)" } ?? "above")): "
                                      + "an endpoint takes one publisher per stream key")
                }
                var destination = ChannelDestination(name: name, url: url, source: entry.source)
                destination.retry = try loadRetry(entry)
                destination.secrets = secrets
                try entry.finish()
                destinations.append(destination)
            }
        }
        if !problems.isEmpty { throw FileErrors(problems.errors) }
        return destinations
    }

    /// Two destination URLs that reach the same stream (scheme and host compared without case).
    static func sameEndpoint(_ first: String, _ second: String) -> Bool {
        func normalized(_ url: String) -> String {
            guard let schemeEnd = url.range(of: "://") else { return url }
            let pathStart = url[schemeEnd.upperBound...].firstIndex(of: "/") ?? url.endIndex
            return url[..<pathStart].lowercased() + url[pathStart...]
        }
        return normalized(first) == normalized(second)
    }

    private static func loadRetry(_ entry: YAMLMapping) throws -> DestinationRetry {
        let defaults = DestinationRetry()
        return DestinationRetry(
            retryDelayMilliseconds: try entry.int("retry_delay_ms", in: 100...600_000, default: defaults.retryDelayMilliseconds),
            retryMaxDelaySeconds: try entry.int("retry_max_delay_s", in: 1...3_600, default: defaults.retryMaxDelaySeconds),
            probeIntervalMilliseconds: try entry.int("probe_interval_ms", in: 0...60_000, default: defaults.probeIntervalMilliseconds),
            stallTimeoutMilliseconds: try entry.int("stall_timeout_ms", in: 500...120_000, default: defaults.stallTimeoutMilliseconds))
    }

    /// `text` with every `${NAME}` replaced by the environment variable NAME.
    static func expandingEnvironment(_ text: String, _ entry: YAMLMapping, key: String) throws -> String {
        try expandingEnvironmentValues(text, entry, key: key).text
    }

    /// `text` expanded, and the values put in (secrets: never print them).
    static func expandingEnvironmentValues(_ text: String, _ entry: YAMLMapping,
                                           key: String) throws -> (text: String, secrets: [String]) {
        var result = "", rest = Substring(text), values: [String] = []
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
            values.append(value)
            rest = rest[rest.index(after: close)...]
        }
        return (result + rest, values)
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

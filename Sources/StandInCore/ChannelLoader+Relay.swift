import Foundation

extension Channel {
    /// `relay: {ingest, stall_ms, stable_s, take_early_s, bridge_line, arrival_line}`; nil when absent.
    static func loadRelay(_ root: YAMLMapping) throws -> RelaySettings? {
        guard let fields = try root.mapping("relay", required: false) else { return nil }
        let (ingest, secrets) = try expandingEnvironmentValues(try fields.string("ingest"), fields, key: "ingest")
        guard let url = URL(string: ingest), url.scheme?.lowercased() == "rtmp", url.host?.isEmpty == false,
              url.pathComponents.count >= 3 else {
            throw fields.error("ingest", "must be an rtmp:// URL with a host, an application and a stream name "
                               + "(like rtmp://127.0.0.1:1935/ingest/room-1), got '\(URLRedaction.redact(ingest, secrets: secrets))'")
        }
        var relay = RelaySettings(
            ingest: ingest, stallMilliseconds: try fields.int("stall_ms", in: 100...10_000, default: 500),
            stableSeconds: try fields.int("stable_s", in: 0...600, default: 3),
            takeEarlySeconds: try fields.int("take_early_s", in: 0...3_600, default: 0),
            bridgeLine: try fields.optionalString("bridge_line"), arrivalLine: try fields.optionalString("arrival_line"),
            source: fields.source)
        relay.secrets = secrets
        try fields.finish()
        return relay
    }

    /// A shift's `mode: yield | relay`; without one, `relay` when the channel has a `relay:`
    /// section, else `yield`.
    static func shiftMode(_ entry: YAMLMapping, relayConfigured: Bool) throws -> ShiftMode {
        guard let text = try entry.optionalString("mode") else { return relayConfigured ? .relay : .yield }
        guard let mode = ShiftMode(rawValue: text) else {
            throw entry.error("mode", "must be yield or relay, got '\(text)'", at: entry.value("mode"))
        }
        if mode == .relay, !relayConfigured {
            throw entry.error("mode", "is relay, but the channel has no relay: section with the ingest URL")
        }
        return mode
    }
}

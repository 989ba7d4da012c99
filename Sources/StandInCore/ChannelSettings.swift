import Foundation

/// The steps of each product's segment block, and how often a filler comes between blocks.
public struct SegmentFlow: Sendable, Equatable {
    public var product: [SegmentKind]
    public var fillers: [FillerKind]
    /// One filler after every this many product blocks; 0 for none.
    public var fillerEvery: Int
}

/// How the planner rotates products.
public struct RotationSettings: Sendable, Equatable {
    /// Relative airtime share by product id; products not listed weigh `defaultWeight`.
    public var weights: [String: Int]
    public var defaultWeight: Int
    /// A product returns only this long after its last segment ended.
    public var minGapMinutes: Int
    /// Where each weight was written, for cross-file checks.
    public var weightSources: [String: SourceLocation]

    public func weight(of productID: String) -> Int { weights[productID] ?? defaultWeight }
}

/// Lines around a human shift. Templates may use `{{host}}` and `{{time}}`.
public struct Handoff: Sendable, Equatable {
    /// Said just before a human shift starts.
    public var before: String
    /// Said when the virtual host is back after a shift.
    public var welcomeBack: String
}

/// The spoken AI-host disclosure: said at the start of every virtual block and then every
/// `everyMinutes`. It comes from the persona (`disclosure:`); a channel may override it.
public struct Disclosure: Sendable, Equatable {
    public var line: String
    public var everyMinutes: Int
    public init(line: String, everyMinutes: Int) { self.line = line; self.everyMinutes = everyMinutes }
}

extension Channel {
    /// The disclosure this channel airs with `persona`: the channel's override if it sets
    /// one, else the persona's spoken line (brand and host filled in) and cadence; nil when
    /// neither has a line, which `standin channel validate` reports.
    public func disclosure(for persona: Persona) -> Disclosure? {
        if let disclosure { return disclosure }
        guard let spoken = persona.disclosure.spoken?.text else { return nil }
        let line = spoken.replacingOccurrences(of: "{{brand}}", with: persona.brand)
            .replacingOccurrences(of: "{{host}}", with: persona.displayName)
        return Disclosure(line: line, everyMinutes: persona.disclosure.everyMinutes)
    }
}

/// Music and loudness placeholders for the live mixer (not used by the planner).
public struct AudioSettings: Sendable, Equatable {
    /// Music under the host (ducked while it speaks) and alone in holds: `builtin` (StandIn's
    /// own generated bed) or a file path resolved against the channel file's folder.
    public var musicBed: String?
    public var musicGainDB: Int
}

/// A live-stream endpoint (RTMP/RTMPS/SRT URL).
public struct ChannelDestination: Sendable, Equatable {
    public var name: String
    /// An `rtmp://`/`rtmps://` URL with the stream key (environment variables expanded), or
    /// the absolute path of a local `.flv` recording. Show `redactedURL` to people.
    public var url: String
    public var source: SourceLocation
    /// Reconnect and stall-detection settings (`retry_delay_ms`, …; OBS-like defaults).
    public var retry = DestinationRetry()
    /// The values `${NAME}` put into `url`: hidden wherever they appear.
    public var secrets: [String] = []

    public var isRecording: Bool { !url.contains("://") }
    public var redactedURL: String { isRecording ? url : URLRedaction.redact(url, secrets: secrets) }
}

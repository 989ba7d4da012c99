/// How a human shift reaches viewers.
public enum ShiftMode: String, Sendable, Equatable, CaseIterable, Codable {
    /// The engine stops publishing for the shift; the human host publishes with the same keys.
    case yield
    /// The human host publishes to the channel's ingest URL; the engine switches that feed into
    /// its own continuous push and falls back to the virtual host whenever it drops.
    case relay
}

/// The channel's `relay:` section: where the human host's feed comes in and how fast the
/// engine switches between it and the virtual host (docs/live.md, "Relay mode").
public struct RelaySettings: Sendable, Equatable {
    /// The feed the engine reads: an `rtmp://` URL (usually an application on a local
    /// nginx-rtmp the host publishes to), environment variables expanded. Show `redactedIngest`.
    public var ingest: String
    /// No packet for this long is a stall: the virtual host takes the room back.
    public var stallMilliseconds: Int
    /// A returning feed must deliver this long without a stall before it is taken again.
    public var stableSeconds: Int
    /// A feed present this long (seconds) or less before a relayed shift starts is taken at
    /// the virtual host's next segment boundary instead of waiting for the shift; 0: it waits.
    public var takeEarlySeconds: Int
    /// Said by the virtual host when the feed drops ({{host}}: the shift's host); nil: the
    /// persona language's default.
    public var bridgeLine: String?
    /// Said when the feed arrives during a shift after a no-show; nil: the language's default.
    public var arrivalLine: String?
    public var source: SourceLocation
    /// The values `${NAME}` put into `ingest`: hidden wherever they appear.
    public var secrets: [String] = []

    public init(ingest: String, stallMilliseconds: Int = 500, stableSeconds: Int = 3, takeEarlySeconds: Int = 0,
                bridgeLine: String? = nil, arrivalLine: String? = nil, source: SourceLocation) {
        self.ingest = ingest; self.stallMilliseconds = stallMilliseconds; self.stableSeconds = stableSeconds
        self.takeEarlySeconds = takeEarlySeconds
        self.bridgeLine = bridgeLine; self.arrivalLine = arrivalLine; self.source = source
    }

    public var redactedIngest: String { URLRedaction.redact(ingest, secrets: secrets) }

    /// The bridge line for `language` when the channel gives none.
    public static func defaultBridgeLine(_ language: Persona.Language) -> String {
        switch language {
        case .zh: "我们的主播马上回来，大家不要走开哦。"
        case .en: "{{host}} will be right back, stay with us."
        }
    }

    /// The arrival line for `language` when the channel gives none.
    public static func defaultArrivalLine(_ language: Persona.Language) -> String {
        switch language {
        case .zh: "主播{{host}}来啦，我们欢迎{{host}}！"
        case .en: "Here comes {{host}}!"
        }
    }
}

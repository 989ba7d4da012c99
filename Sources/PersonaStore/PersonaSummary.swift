/// A persona as the studio lists it: its brand, latest and published versions, and history.
public struct PersonaSummary: Sendable, Equatable {
    public var id: String
    public var brand: String
    /// The newest saved version (the one `<id>.yaml` holds).
    public var latest: Int
    /// The version channels air, if any was published.
    public var published: Int?
    /// Every save, roll back and publish, oldest first.
    public var history: [PersonaRecord]

    /// The save or roll back record that created `version`.
    public func record(of version: Int) -> PersonaRecord? {
        history.last { $0.version == version && $0.action != .publish }
    }
}

/// A persona as the studio lists it: its brand, latest and published versions, and history.
public struct PersonaSummary: Sendable, Equatable {
    public var id: String
    public var brand: String
    /// The newest saved version (the one `<id>.yaml` holds); 0 for a hand-written file not
    /// yet in the studio.
    public var latest: Int
    /// The version channels air, if any was published.
    public var published: Int?
    /// Every save, roll back and publish, oldest first.
    public var history: [PersonaRecord]

    public init(id: String, brand: String, latest: Int, published: Int?, history: [PersonaRecord]) {
        self.id = id; self.brand = brand; self.latest = latest; self.published = published; self.history = history
    }

    /// A `<id>.yaml` written by hand (or by another tool) that the studio has not taken over
    /// yet: no versions, no history. The first save from the studio adopts it.
    public var isHandWritten: Bool { history.isEmpty }

    /// The save or roll back record that created `version`.
    public func record(of version: Int) -> PersonaRecord? {
        history.last { $0.version == version && $0.action != .publish }
    }
}

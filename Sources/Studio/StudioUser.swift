/// Someone who may sign in to the studio: their brand and what they may do.
public struct StudioUser: Sendable, Equatable {
    public enum Role: String, Sendable, Codable {
        /// Brand staff: see and edit only their own brand's personas.
        case staff
        /// Runs channels: sees and edits every brand's personas.
        case `operator`
    }

    public var name: String
    /// The brand's folder under the personas root, e.g. `shanjian`.
    public var brand: String
    public var role: Role
    /// A bcrypt hash of the password (`standin serve hash-password` prints one).
    public var passwordHash: String

    public init(name: String, brand: String, role: Role, passwordHash: String) {
        self.name = name; self.brand = brand; self.role = role; self.passwordHash = passwordHash
    }

    /// Whether this user may read and write personas of `brand`.
    public func mayAccess(brand other: String) -> Bool {
        role == .operator || other == brand
    }
}

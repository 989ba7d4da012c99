/// Checks names that become file or folder names (brands, persona ids, sprite packs, uploads),
/// so no request can reach outside its brand's folder.
public enum StoreName {
    /// Lower-case ASCII letters, digits and `-`, 1–40 characters, not starting with `-`.
    public static func isValid(_ name: String) -> Bool {
        guard (1...40).contains(name.count), !name.hasPrefix("-") else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Returns `name` or throws `invalidName`.
    public static func checked(_ name: String, kind: String) throws -> String {
        guard isValid(name) else { throw PersonaStoreError.invalidName(kind: kind, value: name) }
        return name
    }
}

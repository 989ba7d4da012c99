/// What can go wrong reading or writing persona versions.
public enum PersonaStoreError: Error, Equatable, CustomStringConvertible {
    case invalidName(kind: String, value: String)
    case unknownPersona(id: String)
    case unknownVersion(id: String, version: Int)
    case idTakenByOtherBrand(id: String, brand: String)
    case notPublishable(id: String, version: Int, problems: Int)
    case notPublished(id: String)
    case notAdopted(id: String)
    case unreadable(path: String)

    public var description: String {
        switch self {
        case .invalidName(let kind, let value):
            return "'\(value)' is not a valid \(kind) (use lower-case letters, digits and '-', 1–40 characters)"
        case .unknownPersona(let id): return "no persona '\(id)'"
        case .unknownVersion(let id, let version): return "persona '\(id)' has no version \(version)"
        case .idTakenByOtherBrand(let id, let brand): return "persona id '\(id)' is already used by brand '\(brand)'"
        case .notPublishable(let id, let version, let problems):
            return "persona '\(id)' version \(version) has \(problems) validation problem\(problems == 1 ? "" : "s"); fix them before publishing"
        case .notPublished(let id): return "persona '\(id)' has no published version"
        case .notAdopted(let id):
            return "persona '\(id)' is a hand-written file the studio has not taken over yet; adopt it before saving"
        case .unreadable(let path): return "cannot read \(path)"
        }
    }
}

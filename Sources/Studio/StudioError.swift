import Hummingbird
import PersonaStore

/// What the studio refuses, and the HTTP status each refusal becomes (in one place).
public enum StudioError: Error, CustomStringConvertible {
    case usersFile(path: String, problem: String)
    case notSignedIn
    case forbidden(brand: String)
    case badRequest(String)
    case notFound(String)
    case tooLarge(limit: Int)
    case unsupportedMedia(String)
    case conflict(String)
    case preview(String)

    public var description: String {
        switch self {
        case .usersFile(let path, let problem): "\(path): \(problem)"
        case .notSignedIn: "sign in first"
        case .forbidden(let brand): "you may not see or change brand '\(brand)'"
        case .badRequest(let text), .notFound(let text), .conflict(let text), .unsupportedMedia(let text): text
        case .tooLarge(let limit): "the upload is larger than the limit of \(limit) bytes"
        case .preview(let text): "preview failed: \(text)"
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .usersFile, .preview: .internalServerError
        case .notSignedIn: .unauthorized
        case .forbidden: .forbidden
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .unsupportedMedia: .unsupportedMediaType
        case .conflict: .conflict
        }
    }

    /// Store errors as studio errors: bad names are bad requests, unknown things are not found.
    static func from(_ error: PersonaStoreError) -> StudioError {
        switch error {
        case .invalidName: .badRequest(error.description)
        case .unknownPersona, .unknownVersion, .notPublished: .notFound(error.description)
        case .idTakenByOtherBrand, .notPublishable, .notAdopted: .conflict(error.description)
        case .unreadable: .preview(error.description)
        }
    }
}

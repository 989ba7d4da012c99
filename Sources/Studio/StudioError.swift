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
    /// A picture whose header says it has more pixels than the studio decodes.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    case unsupportedMedia(String)
    case conflict(String)
    case preview(String)
    /// A state-changing request without the session's CSRF token.
    case badToken
    /// The preview and decode queue is full (`perUser`: this user already has work waiting);
    /// answered with `Retry-After: seconds`.
    case busy(retryAfter: Int, perUser: Bool)

    public var description: String {
        switch self {
        case .usersFile(let path, let problem): "\(path): \(problem)"
        case .notSignedIn: "sign in first"
        case .forbidden(let brand): "you may not see or change brand '\(brand)'"
        case .badRequest(let text), .notFound(let text), .conflict(let text), .unsupportedMedia(let text): text
        case .tooLarge(let limit): "the upload is larger than the limit of \(limit) bytes"
        case .tooManyPixels(let width, let height, let limit):
            "the picture is \(width)x\(height) pixels; the studio takes at most \(limit / 1_000_000) million pixels "
                + "(for example \(Int(Double(limit).squareRoot()))x\(Int(Double(limit).squareRoot()))): make it smaller and upload it again"
        case .preview(let text): "preview failed: \(text)"
        case .badToken: "this page is out of date or the request did not come from the studio; reload the page and try again"
        case .busy(let seconds, let perUser):
            perUser ? "your previous preview or upload is still being made; try again in \(seconds) s"
                    : "the studio is busy making previews; try again in \(seconds) s"
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .usersFile, .preview: .internalServerError
        case .notSignedIn: .unauthorized
        case .forbidden: .forbidden
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .tooLarge, .tooManyPixels: .contentTooLarge
        case .unsupportedMedia: .unsupportedMediaType
        case .conflict: .conflict
        case .badToken: .forbidden
        case .busy(_, let perUser): perUser ? .tooManyRequests : .serviceUnavailable
        }
    }

    /// Store errors as studio errors: bad names are bad requests, unknown things are not found.
    static func from(_ error: PersonaStoreError) -> StudioError {
        switch error {
        case .invalidName: .badRequest(error.description)
        case .unknownPersona, .unknownVersion, .notPublished: .notFound(error.description)
        // Says that the id is taken, not by whom: staff of one brand learn nothing of another's.
        case .idTakenByOtherBrand(let id, _): .conflict("the persona id '\(id)' is already taken; choose another id")
        case .notPublishable, .notAdopted: .conflict(error.description)
        case .unreadable: .preview(error.description)
        }
    }
}

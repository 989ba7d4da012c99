import Foundation
import Hummingbird
import StandInCore

/// Bearer-token auth on every route: no or unknown token → 401, a token for other
/// channels → 403. Tokens are compared in constant time.
struct TokenAuthMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext
    let tokens: [APIToken]
    let channelID: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw HTTPError(.unauthorized, message: "missing 'Authorization: Bearer <token>' header")
        }
        let presented = Array(header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces).utf8)
        guard let token = tokens.first(where: { Self.equal(Array($0.token.utf8), presented) }) else {
            throw HTTPError(.unauthorized, message: "unknown token")
        }
        guard token.allows(channelID) else {
            throw HTTPError(.forbidden, message: "token '\(token.name)' may not steer channel '\(channelID)'")
        }
        var context = context
        context.caller = token.name
        return try await next(request, context)
    }

    /// Equal bytes, in time that depends only on the lengths.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

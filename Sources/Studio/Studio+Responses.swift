import Foundation
import Hummingbird
import PersonaStore

extension Studio {
    static let sessionCookie = "standin_studio"

    /// The signed-in user of a request, from the session cookie.
    func signedInUser(_ request: Request) throws -> StudioUser {
        guard let token = request.cookies[Self.sessionCookie]?.value, let user = sessions.user(for: token) else {
            throw StudioError.notSignedIn
        }
        return user
    }

    /// Runs an API handler for a signed-in user; every refusal becomes JSON `{"error": …}` with its status.
    func api(_ request: Request, _ body: (StudioUser) async throws -> Response) async -> Response {
        do {
            return try await body(try signedInUser(request))
        } catch {
            let (status, message) = Self.refusal(error)
            return json(["error": message], status: status)
        }
    }

    /// Runs a page handler; a visitor who is not signed in is sent to the sign-in page.
    func page(_ request: Request, _ body: (StudioUser) async throws -> Response) async -> Response {
        do {
            return try await body(try signedInUser(request))
        } catch StudioError.notSignedIn {
            return redirect(to: "/studio/login")
        } catch {
            let (status, message) = Self.refusal(error)
            return html(pages.render("error", ["message": message, "status": "\(status.code)"]), status: status)
        }
    }

    /// The one place errors become HTTP statuses and text.
    static func refusal(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as StudioError: (error.status, error.description)
        case let error as PersonaStoreError: refusal(StudioError.from(error))
        case let error as HTTPError: (error.status, error.body ?? error.status.reasonPhrase)
        case is DecodingError: (.badRequest, "the request body is not what this endpoint expects")
        default: (.internalServerError, "\(error)")
        }
    }

    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func bytes(_ data: Data, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }

    /// The request body, at most `limit` bytes (else 413), counted as it arrives.
    func body(of request: Request, limit: Int) async throws -> Data {
        var collected = Data()
        for try await chunk in request.body {
            collected.append(contentsOf: chunk.readableBytesView)
            if collected.count > limit { throw StudioError.tooLarge(limit: limit) }
        }
        return collected
    }

    /// A JSON body of the editor (fields, note, product, line, version).
    func editRequest(_ request: Request) async throws -> EditRequest {
        try JSONDecoder().decode(EditRequest.self, from: try await body(of: request, limit: settings.maxFormBytes))
    }
}

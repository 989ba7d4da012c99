import Foundation
import HTTPTypes
import Hummingbird
import PersonaStore

extension Studio {
    static let sessionCookie = "standin_studio"

    /// The signed-in session of a request, from the session cookie.
    func signedIn(_ request: Request) throws -> StudioSession {
        guard let token = request.cookies[Self.sessionCookie]?.value, let session = sessions.session(for: token) else {
            throw StudioError.notSignedIn
        }
        return session
    }

    /// Runs an API handler for a signed-in user; a request that changes something must carry
    /// the session's CSRF token in `X-CSRF-Token`. Every refusal becomes JSON `{"error": …}`
    /// with its status (and `Retry-After` when the studio is busy).
    func api(_ request: Request, _ body: (StudioUser) async throws -> Response) async -> Response {
        do {
            let session = try signedIn(request)
            if request.method.changesState {
                try Self.requireToken(request.headers[.csrfToken], equalTo: session.csrf)
            }
            return try await body(session.user)
        } catch {
            let (status, message) = refusal(error)
            var response = json(["error": message], status: status)
            if case StudioError.busy(let seconds, _) = error { response.headers[.retryAfter] = "\(seconds)" }
            return response
        }
    }

    /// Runs a page handler; a visitor who is not signed in is sent to the sign-in page.
    func page(_ request: Request, _ body: (StudioSession) async throws -> Response) async -> Response {
        do {
            return try await body(try signedIn(request))
        } catch StudioError.notSignedIn {
            return redirect(to: "/studio/login")
        } catch {
            let (status, message) = refusal(error)
            return html(pages.render("error", ["message": message, "status": "\(status.code)"]), status: status)
        }
    }

    /// Throws unless `sent` is the expected token (compared in constant time).
    static func requireToken(_ sent: String?, equalTo expected: String) throws {
        let sent = Array((sent ?? "").utf8), expected = Array(expected.utf8)
        var difference = sent.count == expected.count ? 0 : 1
        for (index, byte) in expected.enumerated() { difference |= Int(byte ^ (index < sent.count ? sent[index] : 0)) }
        guard difference == 0, !expected.isEmpty else { throw StudioError.badToken }
    }

    /// The one place errors become HTTP statuses and text; no server path reaches the text.
    func refusal(_ error: any Error) -> (HTTPResponse.Status, String) {
        let (status, text) = Self.refusal(error)
        return (status, serverPaths.hiding(in: text))
    }

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

    /// A JSON body of the editor (fields, note, product, line, version); only as
    /// `application/json` (a form or `text/plain` post, which any page may send, is refused).
    func editRequest(_ request: Request) async throws -> EditRequest {
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else { throw StudioError.unsupportedMedia("send the fields as application/json") }
        return try JSONDecoder().decode(EditRequest.self, from: try await body(of: request, limit: settings.maxFormBytes))
    }
}

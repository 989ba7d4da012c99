import HTTPTypes
import Hummingbird

/// Every studio response says it may not be framed and which scripts may run; every request
/// that changes something must come from the studio's own origin. (The CSRF token is checked
/// where the session is known: `Studio.api`, sign-in and sign-out.)
///
/// A browser sends `Sec-Fetch-Site` and, on POST/PUT, `Origin`: a page on any other origin,
/// even another port or a sibling subdomain of the same site, is refused with 403 before its
/// request reaches a handler. Clients that send neither (curl) still need the token.
struct StudioGuard<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if request.method.changesState, let refusal = Self.crossOriginRefusal(request) {
            response = Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: refusal)))
        } else {
            response = try await next(request, context)
        }
        for (name, value) in SecurityHeaders.all { response.headers[name] = value }
        return response
    }

    /// Nil when the request may be from the studio's own page; else why it is refused.
    static func crossOriginRefusal(_ request: Request) -> String? {
        if let site = request.headers[.secFetchSite], site != "same-origin", site != "none" {
            return "refused: this request came from another site (\(site))"
        }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard let authority = Self.authority(ofOrigin: origin), !host.isEmpty, authority.lowercased() == host.lowercased() else {
                return "refused: this request came from another origin"
            }
        }
        return nil
    }

    /// `host[:port]` of an `Origin` value such as `https://studio.example:8443`; nil for `null`.
    static func authority(ofOrigin origin: String) -> String? {
        guard let range = origin.range(of: "://") else { return nil }
        let rest = origin[range.upperBound...]
        return rest.isEmpty || rest.contains("/") ? nil : String(rest)
    }
}

enum SecurityHeaders {
    /// No framing anywhere (clickjacking), scripts and styles only from the studio itself,
    /// previews as blob: URLs, forms posting only to the studio.
    static let all: [(HTTPField.Name, String)] = [
        (.xFrameOptions, "DENY"),
        (.contentSecurityPolicy, "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "media-src 'self' blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (.xContentTypeOptions, "nosniff"),
        (.referrerPolicy, "same-origin"),
    ]
}

extension HTTPRequest.Method {
    /// POST, PUT, PATCH and DELETE: what needs a CSRF token and a same-origin request.
    var changesState: Bool { ![.get, .head, .options].contains(self) }
}

extension HTTPField.Name {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// The header the editor's script sends the session's CSRF token in.
    public static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}

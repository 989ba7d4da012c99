import Foundation
import Hummingbird
import Logging

extension Studio {
    func addSignInRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("login") { _, _ in self.signInPage() }
        group.post("login") { request, context in
            let form = FormBody(String(decoding: try await self.body(of: request, limit: 16_384), as: UTF8.self))
            // The form's token must match the cookie set with the form: another site cannot read
            // either, so it cannot sign a visitor in to an account of its choosing.
            do {
                try Self.requireToken(form["csrf"], equalTo: request.cookies[Self.signInCookie]?.value ?? "")
            } catch {
                return self.signInPage(error: "The sign-in form had expired. Please sign in again.", status: .forbidden)
            }
            let name = form["name"] ?? ""
            let address = (context as? any RemoteAddressRequestContext)?.remoteAddress?.ipAddress
            let keys = SignInLimiter.keys(name: name, address: address)
            let now = ContinuousClock.now
            // Refused before the password is checked: guessing costs nothing but a bcrypt hash does.
            if case .refuse(let wait) = self.signIns.withLock({ $0.decision(for: keys, at: now) }) {
                context.logger.info("studio sign-in refused: too many failures",
                                    metadata: Self.signInMetadata(name, address, retryAfter: wait))
                return self.tooManySignIns(retryAfter: wait)
            }
            guard let user = self.users.authenticate(name: name, password: form["password"] ?? "") else {
                let decision = self.signIns.withLock { limiter in
                    limiter.failed(keys, at: now)
                    return limiter.decision(for: keys, at: now)
                }
                if case .refuse(let wait) = decision {
                    context.logger.warning("studio sign-in limit reached, refusing further attempts",
                                           metadata: Self.signInMetadata(name, address, retryAfter: wait))
                }
                return self.signInPage(error: "Wrong name or password.", status: .unauthorized)
            }
            self.signIns.withLock { $0.succeeded(name: name) }
            var response = self.redirect(to: "/studio/personas")
            response.setCookie(Cookie(name: Self.sessionCookie, value: self.sessions.open(for: user), path: "/studio",
                                      secure: self.settings.secureCookies, httpOnly: true, sameSite: .strict))
            response.setCookie(self.expired(Self.signInCookie))
            return response
        }
        group.post("logout") { request, _ in
            let form = FormBody(String(decoding: try await self.body(of: request, limit: 16_384), as: UTF8.self))
            if let token = request.cookies[Self.sessionCookie]?.value, let session = self.sessions.session(for: token) {
                // A forged sign-out (no token) is refused: it would only annoy, but it is a forgery.
                do { try Self.requireToken(form["csrf"], equalTo: session.csrf) } catch {
                    let (status, message) = self.refusal(error)
                    return self.html(self.pages.render("error", ["message": message, "status": "\(status.code)"]), status: status)
                }
                self.sessions.close(token)
            }
            var response = self.redirect(to: "/studio/login")
            response.setCookie(self.expired(Self.sessionCookie))
            return response
        }
    }

    static let signInCookie = "standin_signin"

    /// The sign-in page with a fresh form token, also set as a cookie for the form to match.
    func signInPage(error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let token = SessionTable.randomToken()
        var values: [String: Any] = ["csrf": token]
        if let error { values["error"] = error }
        var response = html(pages.render("login", values), status: status)
        response.setCookie(Cookie(name: Self.signInCookie, value: token, path: "/studio",
                                  secure: settings.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    private func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/studio", secure: settings.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// 429 with `Retry-After` and the sign-in page saying how long to wait.
    private func tooManySignIns(retryAfter wait: Duration) -> Response {
        let seconds = wait.retryAfterSeconds
        var response = signInPage(error: "Too many failed sign-ins. Try again in \(seconds) s.", status: .tooManyRequests)
        response.headers[.retryAfter] = "\(seconds)"
        return response
    }

    private static func signInMetadata(_ name: String, _ address: String?, retryAfter wait: Duration) -> Logger.Metadata {
        ["user": "\(name)", "address": "\(address ?? "unknown")", "retry_after_s": "\(wait.retryAfterSeconds)"]
    }
}

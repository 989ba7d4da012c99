import Foundation
import Hummingbird
import Logging

extension Studio {
    func addSignInRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("login") { _, _ in self.html(self.pages.render("login", [:])) }
        group.post("login") { request, context in
            let form = FormBody(String(decoding: try await self.body(of: request, limit: 16_384), as: UTF8.self))
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
                return self.html(self.pages.render("login", ["error": "Wrong name or password."]), status: .unauthorized)
            }
            self.signIns.withLock { $0.succeeded(name: name) }
            var response = self.redirect(to: "/studio/personas")
            response.setCookie(Cookie(name: Self.sessionCookie, value: self.sessions.open(for: user), path: "/studio",
                                      secure: self.settings.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        group.post("logout") { request, _ in
            if let token = request.cookies[Self.sessionCookie]?.value { self.sessions.close(token) }
            var response = self.redirect(to: "/studio/login")
            response.setCookie(Cookie(name: Self.sessionCookie, value: "", maxAge: 0, path: "/studio", httpOnly: true,
                                      sameSite: .strict))
            return response
        }
    }

    /// 429 with `Retry-After` and the sign-in page saying how long to wait.
    private func tooManySignIns(retryAfter wait: Duration) -> Response {
        let seconds = wait.retryAfterSeconds
        var response = html(pages.render("login", ["error": "Too many failed sign-ins. Try again in \(seconds) s."]),
                            status: .tooManyRequests)
        response.headers[.retryAfter] = "\(seconds)"
        return response
    }

    private static func signInMetadata(_ name: String, _ address: String?, retryAfter wait: Duration) -> Logger.Metadata {
        ["user": "\(name)", "address": "\(address ?? "unknown")", "retry_after_s": "\(wait.retryAfterSeconds)"]
    }
}

import Foundation
import Hummingbird

extension Studio {
    func addSignInRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("login") { _, _ in self.html(self.pages.render("login", [:])) }
        group.post("login") { request, _ in
            let form = FormBody(String(decoding: try await self.body(of: request, limit: 16_384), as: UTF8.self))
            guard let user = self.users.authenticate(name: form["name"] ?? "", password: form["password"] ?? "") else {
                return self.html(self.pages.render("login", ["error": "Wrong name or password."]), status: .unauthorized)
            }
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
}

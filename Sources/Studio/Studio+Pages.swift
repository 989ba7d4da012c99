import Foundation
import Hummingbird
import PersonaStore

extension Studio {
    func addPageRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("personas") { request, _ in
            await self.page(request) { session in self.html(try self.personasPage(session)) }
        }
        // Create: the id comes from the host's name unless one is given; a bad one shows the
        // list again with the reason beside the form, never a bare error page.
        group.get("new") { request, _ in
            await self.page(request) { session in
                let query = FormBody(request.uri.query ?? "")
                let brand = query["brand"] ?? session.user.brand
                try self.authorize(session.user, brand: brand)
                let name = (query["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let typed = (query["id"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let id = typed.isEmpty ? try self.suggestedID(for: name, brand: brand) : typed
                guard StoreName.isValid(id) else {
                    let problem = NewPersonaProblem(brand: brand, name: name, id: typed, message:
                        "'\(typed)' cannot be an id: use lower-case letters a–z, digits and '-' "
                        + "(for example \(PersonaID.suggested(from: name.isEmpty ? typed : name))), or leave it empty.")
                    return self.html(try self.personasPage(session, problem: problem), status: .badRequest)
                }
                let named = name.isEmpty ? "" : "?name=" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return self.redirect(to: "/studio/brands/\(brand)/personas/\(id)\(named)")
            }
        }
        group.get("brands/:brand/personas/:id") { request, context in
            await self.page(request) { session in
                let (brand, id) = try self.target(context, session.user)
                let summary = try? self.store.summary(brand: brand, id: id)
                let opened = try self.opened(brand: brand, id: id, version: request.uri.queryParameters.get("version", as: Int.self),
                                             summary: summary)
                let form = try opened.map { try self.editorForm($0.text, id: id) }
                    ?? StarterPersona.form(id: id, displayName: FormBody(request.uri.query ?? "")["name"] ?? "")
                let unkept = opened.map { FormFidelity.unkeptFields(of: $0.text, folder: self.folder(of: brand)) } ?? []
                var values = self.editorValues(session: session, brand: brand, id: id, form: form, version: opened?.version,
                                               summary: summary, unkept: unkept)
                values["notice"] = Self.notice(FormBody(request.uri.query ?? ""), summary: summary)
                return self.html(self.pages.render("editor", values))
            }
        }
        group.get("brands/:brand/personas/:id/diff") { request, context in
            await self.page(request) { session in
                let (brand, id) = try self.target(context, session.user)
                let from = request.uri.queryParameters.get("from", as: Int.self) ?? 1
                let to = request.uri.queryParameters.get("to", as: Int.self) ?? from
                let lines = PersonaDiff.lines(from: try self.store.text(brand: brand, id: id, version: from),
                                              to: try self.store.text(brand: brand, id: id, version: to))
                return self.html(self.pages.render("diff", [
                    "user": Self.userValues(session), "id": id, "from": from, "to": to,
                    "page": "/studio/brands/\(brand)/personas/\(id)", "lines": lines.map(Self.diffRow),
                ]))
            }
        }
    }

    /// What the last action did, said plainly after the page reloads (`?saved=3`,
    /// `?published=3`, `?restored=4&from=2`); nil when the page was just opened.
    static func notice(_ query: FormBody, summary: PersonaSummary?) -> String? {
        let number = { (key: String) in query[key].flatMap { Int($0) } }
        if let version = number("published") {
            return "Version \(version) is on air: viewers hear it from the next segment."
        }
        if let version = number("restored") {
            let from = number("from").map { " (a copy of version \($0))" } ?? ""
            return "Saved as version \(version)\(from). It is not on air yet: publish it to put it on air."
        }
        if let version = number("saved") {
            let draft = summary?.record(of: version)?.isDraft == true
            return draft ? "Saved as version \(version), a draft: fix the problems shown, then save again to publish."
                : "Saved as version \(version). It is not on air until you publish it."
        }
        return nil
    }

    /// The list of personas by brand, with the create form (and what was wrong with the last try).
    func personasPage(_ session: StudioSession, problem: NewPersonaProblem? = nil) throws -> String {
        let brands: [[String: Any]] = try visibleBrands(for: session.user).map { brand in
            var values: [String: Any] = ["brand": brand, "personas": try store.personas(brand: brand).map(Self.listRow)]
            if let problem, problem.brand == brand {
                values["newError"] = problem.message; values["newName"] = problem.name; values["newID"] = problem.id
            }
            return values
        }
        return pages.render("personas", ["user": Self.userValues(session), "brands": brands])
    }

    /// An id from the host's name, not yet used in `brand` (another brand's ids are not looked at).
    func suggestedID(for name: String, brand: String) throws -> String {
        PersonaID.unused(PersonaID.suggested(from: name), taken: Set(try store.personas(brand: brand).map(\.id)))
    }

    /// Who is signed in, for the page header, and the CSRF token its forms and script send.
    static func userValues(_ session: StudioSession) -> [String: Any] {
        ["name": session.user.name, "brand": session.user.brand, "role": session.user.role.rawValue, "csrf": session.csrf]
    }

    static func listRow(_ summary: PersonaSummary) -> [String: Any] {
        let last = summary.history.last
        return ["id": summary.id, "brand": summary.brand, "latest": summary.latest, "handWritten": summary.isHandWritten,
                "published": summary.published.map { $0 as Any } ?? false,
                "draft": summary.record(of: summary.latest)?.isDraft ?? false,
                "lastAction": last?.action.rawValue ?? "", "lastAuthor": last?.author ?? "",
                "lastTime": last.map { timeText($0.time) } ?? ""]
    }

    static func diffRow(_ line: PersonaDiff.Line) -> [String: Any] {
        switch line {
        case .same(let text): ["kind": "same", "sign": " ", "text": text]
        case .added(let text): ["kind": "added", "sign": "+", "text": text]
        case .removed(let text): ["kind": "removed", "sign": "-", "text": text]
        }
    }

    static func timeText(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!,
                                    formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime])
            + " UTC"
    }
}

/// A create attempt whose id cannot be used, shown beside that brand's form.
struct NewPersonaProblem {
    var brand: String
    var name: String
    var id: String
    var message: String
}

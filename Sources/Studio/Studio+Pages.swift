import Foundation
import Hummingbird
import PersonaStore

extension Studio {
    func addPageRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("personas") { request, _ in
            await self.page(request) { user in
                let brands: [[String: Any]] = try self.visibleBrands(for: user).map { brand in
                    ["brand": brand, "personas": try self.store.personas(brand: brand).map(Self.listRow)]
                }
                return self.html(self.pages.render("personas", ["user": Self.userValues(user), "brands": brands]))
            }
        }
        group.get("new") { request, _ in
            await self.page(request) { user in
                let brand = request.uri.queryParameters.get("brand") ?? user.brand
                let id = request.uri.queryParameters.get("id") ?? ""
                try self.authorize(user, brand: brand)
                guard StoreName.isValid(id) else { throw StudioError.badRequest("'\(id)' is not a persona id (a-z, 0-9, '-')") }
                return self.redirect(to: "/studio/brands/\(brand)/personas/\(id)")
            }
        }
        group.get("brands/:brand/personas/:id") { request, context in
            await self.page(request) { user in
                let (brand, id) = try self.target(context, user)
                let summary = try? self.store.summary(brand: brand, id: id)
                let opened = try self.opened(brand: brand, id: id, version: request.uri.queryParameters.get("version", as: Int.self),
                                             summary: summary)
                let form = try opened.map { try self.editorForm($0.text, id: id) } ?? StarterPersona.form(id: id)
                let unkept = opened.map { FormFidelity.unkeptFields(of: $0.text, folder: self.folder(of: brand)) } ?? []
                return self.html(self.pages.render("editor", self.editorValues(
                    user: user, brand: brand, id: id, form: form, version: opened?.version, summary: summary, unkept: unkept)))
            }
        }
        group.get("brands/:brand/personas/:id/diff") { request, context in
            await self.page(request) { user in
                let (brand, id) = try self.target(context, user)
                let from = request.uri.queryParameters.get("from", as: Int.self) ?? 1
                let to = request.uri.queryParameters.get("to", as: Int.self) ?? from
                let lines = PersonaDiff.lines(from: try self.store.text(brand: brand, id: id, version: from),
                                              to: try self.store.text(brand: brand, id: id, version: to))
                return self.html(self.pages.render("diff", [
                    "user": Self.userValues(user), "id": id, "from": from, "to": to,
                    "page": "/studio/brands/\(brand)/personas/\(id)", "lines": lines.map(Self.diffRow),
                ]))
            }
        }
    }

    static func userValues(_ user: StudioUser) -> [String: Any] {
        ["name": user.name, "brand": user.brand, "role": user.role.rawValue]
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

import Foundation
import Hummingbird
import PersonaStore

extension Studio {
    /// `/studio/api/brands/:brand/personas/:id/…`: fields, checks, versions, publish, roll back, previews.
    func addPersonaRoutes<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                let summary = try? self.store.summary(brand: brand, id: id)
                let opened = try self.opened(brand: brand, id: id, version: request.uri.queryParameters.get("version", as: Int.self),
                                             summary: summary)
                return self.json(PersonaResponse(summary: summary, version: opened?.version,
                                                 fields: try opened.map { try self.editorForm($0.text, id: id).fields }))
            }
        }
        group.post("check") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                let edit = try await self.editRequest(request)
                let result = self.check.runWithExamples(self.form(edit, id: id), folder: self.folder(of: brand), productID: edit.product)
                return self.json(CheckResponse(problems: result.problems, examples: result.examples))
            }
        }
        group.post("versions") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                let edit = try await self.editRequest(request)
                let form = self.form(edit, id: id)
                let problems = self.check.run(form, folder: self.folder(of: brand)).problems
                try self.adoptIfHandWritten(brand: brand, id: id, by: user)
                let record = try self.store.save(brand: brand, id: id, yaml: try form.yaml(), author: user.name,
                                                 note: edit.note ?? "", problems: problems.count)
                return self.json(SaveResponse(version: record.version, draft: record.isDraft, problems: problems),
                                 status: .created)
            }
        }
        group.get("versions/:version") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                let version = try context.parameters.require("version", as: Int.self)
                return self.bytes(Data(try self.store.text(brand: brand, id: id, version: version).utf8),
                                  type: "text/plain; charset=utf-8")
            }
        }
        group.post("publish") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                guard let version = try await self.editRequest(request).version else {
                    throw StudioError.badRequest("say which version to publish")
                }
                // Checked again, as stored (a version taken over from a hand-written file is
                // not the editor's text): the catalog may have changed since it was saved.
                let text = try self.store.text(brand: brand, id: id, version: version)
                let problems = self.check.run(yaml: text, folder: self.folder(of: brand)).problems
                guard problems.isEmpty else {
                    throw StudioError.conflict("version \(version) has \(problems.count) problem\(problems.count == 1 ? "" : "s"): \(problems[0].message)")
                }
                try self.store.publish(brand: brand, id: id, version: version, author: user.name)
                return self.json(["published": version])
            }
        }
        group.post("rollback") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                guard let version = try await self.editRequest(request).version else {
                    throw StudioError.badRequest("say which version to restore")
                }
                let record = try self.store.rollback(brand: brand, id: id, to: version, author: user.name)
                return self.json(SaveResponse(version: record.version, draft: record.isDraft, problems: []), status: .created)
            }
        }
        group.post("preview/:kind") { request, context in
            await self.api(request) { user in
                let (brand, id) = try self.target(context, user)
                let kindName = try context.parameters.require("kind")
                guard let kind = PreviewRenderer.Kind(rawValue: kindName) else {
                    throw StudioError.notFound("no preview '\(kindName)' (png, wav or mp4)")
                }
                let edit = try await self.editRequest(request)
                let (problems, persona) = self.check.run(self.form(edit, id: id), folder: self.folder(of: brand))
                guard let persona else {
                    let first = problems.first
                    let label = first.flatMap { FieldSpec.all[$0.field]?.label }.map { "\($0): " } ?? ""
                    throw StudioError.badRequest("the persona cannot be previewed yet: \(label)\(first?.message ?? "")")
                }
                let product = edit.product ?? self.check.catalog.products[0].id
                let line = edit.line.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
                if let line, line.count > self.settings.maxPreviewLineCharacters {
                    throw StudioError.badRequest("the line to say is \(line.count) characters long; a preview says at most "
                        + "\(self.settings.maxPreviewLineCharacters): shorten it")
                }
                let data = try await self.previews.render(kind, persona: persona, product: product, line: line, for: user.name)
                return self.bytes(data, type: kind.contentType)
            }
        }
    }

    /// The brand and persona id of a request, after checking the user may touch them.
    func target<Context: RequestContext>(_ context: Context, _ user: StudioUser) throws -> (brand: String, id: String) {
        let brand = try context.parameters.require("brand"), id = try context.parameters.require("id")
        try authorize(user, brand: brand)
        guard StoreName.isValid(id) else { throw StudioError.badRequest("'\(id)' is not a persona id (a-z, 0-9, '-')") }
        // An id another brand owns is, to staff who may not see that brand, just absent from
        // theirs (the store reads only the brand's own folder; saving it says the id is taken).
        if let owner = try store.brand(ofPersona: id), owner != brand, user.mayAccess(brand: owner) {
            throw StudioError.conflict("persona '\(id)' belongs to brand '\(owner)'")
        }
        return (brand, id)
    }

    /// The posted fields, with the id fixed to the one in the address.
    func form(_ edit: EditRequest, id: String) -> PersonaForm {
        var form = PersonaForm(fields: edit.fields ?? [:])
        form["id"] = id
        return form
    }
}

import Hummingbird

extension Studio {
    /// Adds every studio route under `/studio` to `router` (a `Router` or a `RouterGroup`):
    /// pages, the editor's JSON API, previews and uploads.
    public func addRoutes<Context: RequestContext>(to router: some RouterMethods<Context>) {
        let studio = router.group("studio").add(middleware: StudioGuard<Context>())
        studio.get { _, _ in Response(status: .seeOther, headers: [.location: "/studio/personas"]) }
        studio.get("assets/studio.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: StudioScript.source)))
        }
        studio.get("assets/studio.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: StudioStyle.source)))
        }
        addSignInRoutes(to: studio)
        addPageRoutes(to: studio)
        addPersonaRoutes(to: studio.group("api/brands/:brand/personas/:id"))
        addUploadRoutes(to: studio.group("api/brands/:brand"))
        studio.get("api/brands/:brand/persona-id") { request, context in
            await self.api(request) { user in
                let brand = try context.parameters.require("brand")
                try self.authorize(user, brand: brand)
                let name = FormBody(request.uri.query ?? "")["name"] ?? ""
                return self.json(["id": try self.suggestedID(for: name, brand: brand)])
            }
        }
        studio.get("api/voices") { request, _ in await self.api(request) { _ in self.json(self.voices) } }
    }
}

import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Logging
import PersonaStore
import Studio
import TestSupport

/// A studio over a fresh personas folder with three users: `lin` (staff of `hillside`),
/// `eve` (staff of `rival`) and `op` (operator); every password is `pw-<name>`.
struct StudioHarness {
    let folder: TemporaryFolder
    let studio: Studio

    /// `adjust` changes the settings; `now` is the clock sessions expire by; `cost` is the
    /// bcrypt cost of the users' password hashes.
    init(maxUploadBytes: Int = 200_000, catalog: String = "assets/demo/catalog-en.yaml",
         adjust: (inout StudioSettings) -> Void = { _ in },
         now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }, cost: UInt8 = 4) throws {
        folder = try TemporaryFolder()
        let users = [("lin", "hillside", "staff"), ("eve", "rival", "staff"), ("op", "ops", "operator")].map { name, brand, role in
            "  - {name: \(name), brand: \(brand), role: \(role), password_bcrypt: '\(Bcrypt.hash("pw-\(name)", cost: cost))'}"
        }
        try folder.write("users.yaml", "users:\n" + users.joined(separator: "\n") + "\n")
        try FileManager.default.createDirectory(atPath: folder.path("personas"), withIntermediateDirectories: true)
        var settings = StudioSettings(
            personasRoot: folder.path("personas"), usersFile: folder.path("users.yaml"),
            catalogFile: repositoryPath(catalog), maxUploadBytes: maxUploadBytes,
            previewWidth: 360, previewHeight: 640)
        adjust(&settings)
        studio = try Studio(settings: settings, now: now)
    }

    /// Runs `body` with a client of the studio's routes (no sockets).
    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await withClient(Router(), body)
    }

    /// The same on a router of another request context (one that knows client addresses),
    /// logging to `logger`.
    func withClient<Context: RequestContext>(_ router: Router<Context>, logger: Logger? = nil,
                                             _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws
    where Context.Source == ApplicationRequestContextSource {
        studio.addRoutes(to: router)
        try await Application(router: router, logger: logger).test(.router, body)
    }

    /// The fields of the demo persona Ava, as the editor would post them.
    static func avaFields() throws -> [String: String] {
        try PersonaForm(yaml: String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)).fields
    }
}

/// Posts the sign-in form as a browser would: fetches the form first (its token and the
/// matching cookie), then posts name, password and token, with `headers` added.
func postSignIn(_ client: any TestClientProtocol, _ name: String, password: String,
                headers extra: HTTPFields = [:]) async throws -> TestResponse {
    let form = try await client.execute(uri: "/studio/login", method: .get)
    let token = form.text.between(#"name="csrf" value=""#, #"""#) ?? ""
    var headers = extra
    headers[.contentType] = "application/x-www-form-urlencoded"
    headers[.cookie] = form.cookie("standin_signin")
    return try await client.execute(uri: "/studio/login", method: .post, headers: headers,
                                    body: ByteBuffer(string: "csrf=\(token)&name=\(name)&password=\(password)"))
}

/// Signs in and returns the headers for later requests: the session cookie, JSON, and the
/// session's CSRF token (read from the page, as the editor's script does).
func signIn(_ client: any TestClientProtocol, _ name: String, password: String? = nil) async throws -> HTTPFields {
    let response = try await postSignIn(client, name, password: password ?? "pw-\(name)")
    guard response.status == .seeOther, let cookie = response.cookie("standin_studio") else { return [:] }
    let page = try await client.execute(uri: "/studio/personas", method: .get, headers: [.cookie: cookie])
    let token = page.text.between(#"<meta name="csrf-token" content=""#, #"""#) ?? ""
    return [.cookie: cookie, .contentType: "application/json", .csrfToken: token]
}

/// A JSON body for the editor's endpoints.
func jsonBody(fields: [String: String]? = nil, version: Int? = nil, product: String? = nil, line: String? = nil,
              note: String? = nil) -> ByteBuffer {
    var object: [String: Any] = [:]
    if let fields { object["fields"] = fields }
    if let version { object["version"] = version }
    if let product { object["product"] = product }
    if let line { object["line"] = line }
    if let note { object["note"] = note }
    return ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
}

extension TestResponse {
    var text: String { String(buffer: body) }
    /// `name=value` of the cookie `name` this response sets, if it does.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].compactMap { $0.split(separator: ";").first.map(String.init) }
            .first { $0.hasPrefix(name + "=") }
    }
    var json: [String: Any] {
        ((try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any]) ?? [:]
    }
}

extension String {
    /// The text between the first `start` and the next `end`.
    func between(_ start: String, _ end: String) -> String? {
        guard let from = range(of: start)?.upperBound, let to = self[from...].range(of: end)?.lowerBound else { return nil }
        return String(self[from..<to])
    }
}

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

    init(maxUploadBytes: Int = 200_000, catalog: String = "assets/demo/catalog-en.yaml") throws {
        folder = try TemporaryFolder()
        let users = [("lin", "hillside", "staff"), ("eve", "rival", "staff"), ("op", "ops", "operator")].map { name, brand, role in
            "  - {name: \(name), brand: \(brand), role: \(role), password_bcrypt: '\(Bcrypt.hash("pw-\(name)", cost: 4))'}"
        }
        try folder.write("users.yaml", "users:\n" + users.joined(separator: "\n") + "\n")
        try FileManager.default.createDirectory(atPath: folder.path("personas"), withIntermediateDirectories: true)
        studio = try Studio(settings: StudioSettings(
            personasRoot: folder.path("personas"), usersFile: folder.path("users.yaml"),
            catalogFile: repositoryPath(catalog), maxUploadBytes: maxUploadBytes,
            previewWidth: 360, previewHeight: 640))
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

/// Signs in and returns the headers (the session cookie) for later requests.
func signIn(_ client: any TestClientProtocol, _ name: String, password: String? = nil) async throws -> HTTPFields {
    let response = try await client.execute(
        uri: "/studio/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "name=\(name)&password=\(password ?? "pw-\(name)")"))
    guard response.status == .seeOther, let cookie = response.headers[.setCookie]?.split(separator: ";").first else {
        return [:]
    }
    return [.cookie: String(cookie), .contentType: "application/json"]
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
    var json: [String: Any] {
        ((try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any]) ?? [:]
    }
}

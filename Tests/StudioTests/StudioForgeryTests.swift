import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Studio
import Testing
import TestSupport

/// Requests forged by another origin (CSRF) are refused, and no page can be framed.
@Suite struct StudioForgeryTests {
    static let publish = "/studio/api/brands/hillside/personas/ava/publish"

    /// A studio where lin has saved Ava twice (v1, v2), v2 published.
    static func withTwoVersions(_ body: @escaping @Sendable (any TestClientProtocol, HTTPFields, StudioHarness) async throws -> Void)
        async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            for _ in 1...2 {
                let saved = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/versions", method: .post,
                                                     headers: lin, body: jsonBody(fields: fields))
                #expect(saved.status == .created)
            }
            #expect(try await client.execute(uri: publish, method: .post, headers: lin, body: jsonBody(version: 2)).status == .ok)
            try await body(client, lin, harness)
        }
    }

    @Test func aPublishWithoutTheSessionsTokenIsRefused() async throws {
        try await Self.withTwoVersions { client, lin, harness in
            var noToken = lin
            noToken[.csrfToken] = nil
            var wrongToken = lin
            wrongToken[.csrfToken] = String(repeating: "0", count: 64)
            for headers in [noToken, wrongToken] {
                let forged = try await client.execute(uri: Self.publish, method: .post, headers: headers, body: jsonBody(version: 1))
                #expect(forged.status == .forbidden, "\(forged.text)")
                let rollback = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/rollback", method: .post,
                                                        headers: headers, body: jsonBody(version: 1))
                #expect(rollback.status == .forbidden)
                let upload = try await client.execute(uri: "/studio/api/brands/hillside/images/x.png", method: .put, headers: headers,
                                                      body: ByteBuffer(bytes: Data(count: 10)))
                #expect(upload.status == .forbidden)
            }
            #expect(harness.studio.store.publishedVersion(brand: "hillside", id: "ava") == 2)
            #expect(try harness.studio.store.summary(brand: "hillside", id: "ava").latest == 2)
        }
    }

    /// The forms another page can send without a preflight (text/plain, urlencoded) are not JSON.
    @Test(arguments: ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", nil as String?])
    func jsonIsTakenOnlyAsJSON(type: String?) async throws {
        try await Self.withTwoVersions { client, lin, harness in
            var headers = lin
            headers[.contentType] = type
            let response = try await client.execute(uri: Self.publish, method: .post, headers: headers, body: jsonBody(version: 1))
            #expect(response.status == .unsupportedMediaType, "\(response.status)")
            #expect(harness.studio.store.publishedVersion(brand: "hillside", id: "ava") == 2)
        }
    }

    @Test func anotherOriginIsRefusedEvenWithTheToken() async throws {
        try await Self.withTwoVersions { client, lin, harness in
            let forgeries: [HTTPFields] = [
                [.origin: "http://localhost:9999"], [.origin: "http://evil.localhost"], [.origin: "null"],
                [HTTPField.Name("Sec-Fetch-Site")!: "same-site"], [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
            ]
            for forgery in forgeries {
                var headers = lin
                headers.append(contentsOf: forgery)
                let response = try await client.execute(uri: Self.publish, method: .post, headers: headers, body: jsonBody(version: 1))
                #expect(response.status == .forbidden, "\(forgery)")
            }
            #expect(harness.studio.store.publishedVersion(brand: "hillside", id: "ava") == 2)
            // The studio's own page (same origin) may.
            var own = lin
            own[.origin] = "http://localhost"
            own[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            #expect(try await client.execute(uri: Self.publish, method: .post, headers: own, body: jsonBody(version: 1)).status == .ok)
        }
    }

    @Test func theSignInFormNeedsItsOwnToken() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let bare = try await client.execute(uri: "/studio/login", method: .post, headers: form,
                                                body: ByteBuffer(string: "name=lin&password=pw-lin"))
            #expect(bare.status == .forbidden && bare.cookie("standin_studio") == nil)
            var mismatched = form
            mismatched[.cookie] = "standin_signin=" + String(repeating: "a", count: 64)
            let other = try await client.execute(uri: "/studio/login", method: .post, headers: mismatched,
                                                 body: ByteBuffer(string: "csrf=\(String(repeating: "b", count: 64))&name=lin&password=pw-lin"))
            #expect(other.status == .forbidden && other.cookie("standin_studio") == nil)
            let crossSite = try await postSignIn(client, "lin", password: "pw-lin", headers: [.origin: "http://localhost:9999"])
            #expect(crossSite.status == .forbidden)
            #expect(try await postSignIn(client, "lin", password: "pw-lin").status == .seeOther)
        }
    }

    @Test func noPageMayBeFramedAndNoScriptIsInline() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            var html: [String] = []
            for uri in ["/studio/login", "/studio/personas", "/studio/brands/hillside/personas/ava", "/studio/assets/studio.js",
                        "/studio/api/brands/hillside/personas/ava", "/studio/brands/rival/personas/ava"] {
                let response = try await client.execute(uri: uri, method: .get, headers: lin)
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
                if response.headers[.contentType]?.hasPrefix("text/html") == true { html.append(response.text) }
            }
            #expect(html.count == 4)
            for page in html {
                // Only <script src=…> from the studio itself, and no inline event handlers.
                #expect(page.components(separatedBy: "<script").dropFirst().allSatisfy { $0.hasPrefix(#" src="/studio/"#) })
                #expect(page.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
            }
        }
    }
}

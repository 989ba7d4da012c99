import Foundation
import Hummingbird
import HummingbirdTesting
import Studio
import Testing
import TestSupport

@Suite struct StudioAuthTests {
    @Test func signInNeedsTheRightPassword() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let wrong = try await postSignIn(client, "lin", password: "nope")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Wrong name or password"))
            #expect(wrong.cookie("standin_studio") == nil)
            let unknown = try await signIn(client, "nobody", password: "pw-lin")
            #expect(unknown.isEmpty)
            let headers = try await signIn(client, "lin")
            #expect(headers[.cookie]?.hasPrefix("standin_studio=") == true)
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: headers)
            #expect(list.status == .ok && list.text.contains("lin · hillside · staff"))
        }
    }

    @Test func withoutASessionPagesRedirectAndTheAPIRefuses() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let page = try await client.execute(uri: "/studio/personas", method: .get)
            #expect(page.status == .seeOther && page.headers[.location] == "/studio/login")
            let api = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/check", method: .post,
                                               headers: [.contentType: "application/json"], body: jsonBody(fields: [:]))
            #expect(api.status == .unauthorized)
            let forged = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava", method: .get,
                                                  headers: [.cookie: "standin_studio=0123456789abcdef"])
            #expect(forged.status == .unauthorized)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let headers = try await signIn(client, "lin")
            var form = headers
            form[.contentType] = "application/x-www-form-urlencoded"
            // Without the form's token a sign-out is a forgery: refused, the session stays.
            let forged = try await client.execute(uri: "/studio/logout", method: .post, headers: form)
            #expect(forged.status == .forbidden)
            #expect(try await client.execute(uri: "/studio/api/brands/hillside/personas/ava", method: .get, headers: headers).status == .ok)
            _ = try await client.execute(uri: "/studio/logout", method: .post, headers: form,
                                         body: ByteBuffer(string: "csrf=\(headers[.csrfToken] ?? "")"))
            let after = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava", method: .get, headers: headers)
            #expect(after.status == .unauthorized)
        }
    }

    @Test func oneBrandCannotReadOrWriteAnother() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin"), eve = try await signIn(client, "eve")
            let saved = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/versions", method: .post,
                                                 headers: lin, body: jsonBody(fields: fields))
            #expect(saved.status == .created)
            let base = "/studio/api/brands/hillside/personas/ava"
            let attempts: [(String, HTTPRequest.Method, ByteBuffer?)] = [
                (base, .get, nil), (base + "/versions/1", .get, nil), (base + "/check", .post, jsonBody(fields: fields)),
                (base + "/versions", .post, jsonBody(fields: fields)), (base + "/publish", .post, jsonBody(version: 1)),
                (base + "/rollback", .post, jsonBody(version: 1)), (base + "/preview/png", .post, jsonBody(fields: fields)),
                ("/studio/api/brands/hillside/images/x.png", .put, ByteBuffer(bytes: Data(count: 10))),
                ("/studio/api/brands/hillside/sprites/p/base.png", .put, ByteBuffer(bytes: Data(count: 10))),
            ]
            for (uri, method, body) in attempts {
                let response = try await client.execute(uri: uri, method: method, headers: eve, body: body)
                #expect(response.status == .forbidden, "\(method) \(uri)")
            }
            let page = try await client.execute(uri: "/studio/brands/hillside/personas/ava", method: .get, headers: eve)
            #expect(page.status == .forbidden)
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: eve)
            #expect(!list.text.contains("hillside"))
            #expect(try harness.studio.store.summary(brand: "hillside", id: "ava").history.count == 1)
        }
    }

    @Test func anOperatorSeesEveryBrand() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin"), op = try await signIn(client, "op")
            _ = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/versions", method: .post,
                                         headers: lin, body: jsonBody(fields: fields))
            let read = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava", method: .get, headers: op)
            #expect(read.status == .ok)
            #expect((read.json["fields"] as? [String: String])?["display_name"] == "Ava")
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: op)
            #expect(list.text.contains("hillside") && list.text.contains("rival"))
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Studio
import Synchronization
import Testing
import TestSupport

/// What the editor tells brand staff: each problem once, what is wrong and how to fix it, in
/// the persona's language, with no rule ids or file lines; what is on air; lines as said.
@Suite struct StudioWordingTests {
    static func check(_ fields: [String: String], product: String? = nil) async throws -> [String: Any] {
        let harness = try StudioHarness()
        let body = Mutex(Data())
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/check", method: .post, headers: lin,
                                                    body: jsonBody(fields: fields, product: product))
            body.withLock { $0 = Data(response.body.readableBytesView) }
        }
        return (try JSONSerialization.jsonObject(with: body.withLock { $0 }) as? [String: Any]) ?? [:]
    }

    @Test func aBannedWordIsSaidOnceWithTheFix() async throws {
        var fields = try StudioHarness.avaFields()
        fields["guardrails.banned"] = "cheap"
        fields["greeting"] = "Hi, welcome to the cheap corner, I'm {{host}}."
        let problems = try #require(try await Self.check(fields)["problems"] as? [[String: Any]])
        let greeting = try #require(problems.first { $0["field"] as? String == "greeting" })
        let message = try #require(greeting["message"] as? String)
        #expect(message == "'cheap' is one of your brand's banned words: reword it, or take it off the banned list under Guardrails. (Greeting, line 1.)",
                "\(message)")
        #expect(greeting["rule"] as? String == "banned")   // still there for scripts and tests
        for problem in problems {
            let text = problem["message"] as? String ?? ""
            #expect(!text.contains("rule '") && !text.contains("persona:") && !text.contains("variant"), "\(text)")
        }
    }

    @Test func aMandarinPersonaIsToldInChinese() async throws {
        let harness = try StudioHarness(catalog: "assets/demo/catalog.yaml")
        var fields = try PersonaForm(yaml: String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)).fields
        fields["greeting"] = "大家好，我是{{host}}，全网最好的茶。"
        let edited = fields
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: "/studio/api/brands/hillside/personas/xiaolin/check", method: .post, headers: lin,
                                                    body: jsonBody(fields: edited))
            let problems = try #require(response.json["problems"] as? [[String: Any]])
            let message = try #require(problems.first { $0["field"] as? String == "greeting" }?["message"] as? String)
            #expect(message.contains("广告法禁止的绝对化用语") && message.contains("「开场白」第 1 行"), "\(message)")
        }
    }

    @Test func templatesAreShownAsSaidForTheChosenProduct() async throws {
        let answer = try await Self.check(try StudioHarness.avaFields(), product: "mug-02")
        let examples = try #require(answer["examples"] as? [String: String])
        let offer = try #require(examples["templates.offer"])
        #expect(!offer.contains("{{") && offer.contains("dollars"), "\(offer)")
        #expect(examples["greeting"]?.contains("Ava") == true, "\(examples)")
        #expect(examples["templates.intro"].map { !$0.contains("{{") } == true)
    }

    @Test func theEditorSaysWhatIsOnAirAndWhatJustHappened() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let page = "/studio/brands/hillside/personas/ava"
            let fresh = try await client.execute(uri: page, method: .get, headers: lin)
            #expect(fresh.text.contains("Not on air:") && fresh.text.contains("a new persona, not saved yet"))
            for _ in 1...2 {
                _ = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/versions", method: .post, headers: lin,
                                             body: jsonBody(fields: fields))
            }
            _ = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/publish", method: .post, headers: lin,
                                         body: jsonBody(version: 1))
            let published = try await client.execute(uri: page + "?published=1", method: .get, headers: lin)
            #expect(published.text.contains("<strong>On air:</strong> version 1.") && published.text.contains("version 2, the newest"))
            #expect(published.text.contains("Version 1 is on air"))
            #expect(published.text.contains(#"class="restore-publish" data-version="1""#))
            let restored = try await client.execute(uri: page + "?restored=3&from=1", method: .get, headers: lin)
            #expect(restored.text.contains("It is not on air yet: publish it to put it on air."))
            // Rare, empty fields are folded away; the common ones are not.
            #expect(fresh.text.contains("<summary>More Identity settings</summary>"))
        }
    }

    @Test func aPictureMayHaveAnyOrdinaryName() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let picture = try Data(contentsOf: URL(fileURLWithPath: repositoryPath("assets/demo/images/mug.png")))
            let response = try await client.execute(uri: "/studio/api/brands/hillside/images/Mug%20Photo.PNG", method: .put, headers: lin,
                                                    body: ByteBuffer(bytes: picture))
            #expect(response.status == .created, "\(response.text)")
            #expect(response.json["path"] as? String == "images/mug-photo.png")
        }
        #expect(FileManager.default.fileExists(atPath: harness.folder.path("personas/hillside/images/mug-photo.png")))
    }
}

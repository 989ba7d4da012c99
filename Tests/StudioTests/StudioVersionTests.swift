import Foundation
import Hummingbird
import HummingbirdTesting
import PersonaStore
import Studio
import Testing
import TestSupport

@Suite struct StudioVersionTests {
    let base = "/studio/api/brands/hillside/personas/ava"

    @Test func liveCheckPutsTheRuleAndPhraseBesideTheField() async throws {
        let harness = try StudioHarness()
        var edited = try StudioHarness.avaFields()
        edited["guardrails.banned"] = "bargain bin"
        edited["greeting"] = "Welcome to the bargain bin, I'm {{host}}."
        edited["templates.offer"] = "Only 9 dollars today."
        let fields = edited
        let base = base
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: base + "/check", method: .post, headers: lin, body: jsonBody(fields: fields))
            #expect(response.status == .ok)
            let problems = try #require(response.json["problems"] as? [[String: Any]])
            let greeting = problems.first { $0["field"] as? String == "greeting" }
            #expect(greeting?["rule"] as? String == "banned")
            #expect(greeting?["phrase"] as? String == "bargain bin")
            let offer = problems.first { $0["field"] as? String == "templates.offer" }
            #expect(offer?["rule"] as? String == "literal-price")
            // A schema error lands on its field too.
            var broken = fields
            broken["voice.rate"] = "900"
            let schema = try await client.execute(uri: base + "/check", method: .post, headers: lin, body: jsonBody(fields: broken))
            let first = try #require((schema.json["problems"] as? [[String: Any]])?.first)
            #expect(first["field"] as? String == "voice.rate")
            #expect((first["message"] as? String)?.contains("80") == true)
            // No temporary check files are left in the brand's folder.
            let left = try FileManager.default.contentsOfDirectory(atPath: harness.folder.path("personas/hillside"))
            #expect(left.isEmpty)
        }
    }

    @Test func draftsSaveButDoNotPublishAndPublishedVersionsReachTheStore() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        var edited = fields
        edited["greeting"] = "The best tea in the world, I'm {{host}}."
        let claim = edited
        let base = base
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let first = try await client.execute(uri: base + "/versions", method: .post, headers: lin,
                                                 body: jsonBody(fields: fields, note: "from the demo"))
            #expect(first.status == .created && first.json["version"] as? Int == 1 && first.json["draft"] as? Bool == false)
            let draft = try await client.execute(uri: base + "/versions", method: .post, headers: lin, body: jsonBody(fields: claim))
            #expect(draft.json["version"] as? Int == 2 && draft.json["draft"] as? Bool == true)
            let refused = try await client.execute(uri: base + "/publish", method: .post, headers: lin, body: jsonBody(version: 2))
            #expect(refused.status == .conflict)
            #expect((refused.json["error"] as? String)?.contains("is an absolute claim") == true, "\(refused.text)")
            let published = try await client.execute(uri: base + "/publish", method: .post, headers: lin, body: jsonBody(version: 1))
            #expect(published.status == .ok)
            let (persona, version) = try PersonaStore(root: harness.folder.path("personas")).publishedPersona(id: "ava")
            #expect(version == 1 && persona.brand == "Hillside Tea House" && persona.version == 1)

            let diff = try await client.execute(uri: "/studio/brands/hillside/personas/ava/diff?from=1&to=2", method: .get, headers: lin)
            #expect(diff.status == .ok)
            #expect(diff.text.contains(#"<span class="added">+ greeting: The best tea in the world"#))
            #expect(diff.text.contains(#"<span class="removed">- version: 1"#))

            let restored = try await client.execute(uri: base + "/rollback", method: .post, headers: lin, body: jsonBody(version: 1))
            #expect(restored.status == .created && restored.json["version"] as? Int == 3)
            let text = try await client.execute(uri: base + "/versions/3", method: .get, headers: lin)
            #expect(!text.text.contains("best tea") && text.text.contains("version: 3"))
            let editor = try await client.execute(uri: "/studio/brands/hillside/personas/ava", method: .get, headers: lin)
            #expect(editor.text.contains(#"data-version="3" data-action="rollback""#))
            #expect(editor.text.contains("<strong>On air:</strong> version 1."))
            let summary = try harness.studio.store.summary(brand: "hillside", id: "ava")
            #expect(summary.history.map(\.action) == [.save, .save, .publish, .rollback])
            #expect(summary.history.map(\.author) == ["lin", "lin", "lin", "lin"])
        }
    }

    @Test func theEditorShowsEverySectionAndTheInstalledVoices() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let page = try await client.execute(uri: "/studio/brands/hillside/personas/newhost", method: .get, headers: lin)
            #expect(page.status == .ok)
            for section in ["Identity", "Voice", "Look", "Lexicon", "Pronunciations", "Guardrails"] {
                #expect(page.text.contains("<legend>\(section)</legend>"))
            }
            #expect(page.text.contains(#"<option value="en-us" selected>"#))
            #expect(page.text.contains(#"<option value="cmn-latn-pinyin">"#))
            #expect(page.text.contains(#"type="range" min="80" max="450" value="170""#))
            let badID = try await client.execute(uri: "/studio/brands/hillside/personas/Bad..Id", method: .get, headers: lin)
            #expect(badID.status == .badRequest)
        }
    }
}

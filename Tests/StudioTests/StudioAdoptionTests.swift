import Foundation
import Hummingbird
import HummingbirdTesting
import PersonaStore
import Scripting
import StandInCore
import Studio
import Testing
import TestSupport

/// A hand-written `<brand>/<id>.yaml` (the demo's on-air persona copied into the studio
/// root): listed, opened with its own fields, taken over by the first save, published to
/// what a channel airing the original would accept.
@Suite struct StudioAdoptionTests {
    let base = "/studio/api/brands/hillside/personas/xiaolin"
    let page = "/studio/brands/hillside/personas/xiaolin"

    /// A studio checking against the Chinese demo catalog, with personas/xiaolin.yaml copied
    /// into brand hillside's folder as it is.
    static func studioWithXiaolin() throws -> (harness: StudioHarness, text: String) {
        let harness = try StudioHarness(catalog: "assets/demo/catalog.yaml")
        let text = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        try harness.folder.write("personas/hillside/xiaolin.yaml", text)
        return (harness, text)
    }

    @Test func aHandWrittenPersonaIsListedAndOpensWithItsOwnFields() async throws {
        let (harness, _) = try Self.studioWithXiaolin()
        let base = base, page = page
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: lin)
            #expect(list.text.contains(#"<tr data-persona="xiaolin">"#) && list.text.contains("hand-written file"))
            let created = try await client.execute(uri: "/studio/new?brand=hillside&id=xiaolin", method: .get, headers: lin)
            #expect(created.status == .seeOther && created.headers[.location] == page)
            let editor = try await client.execute(uri: page, method: .get, headers: lin)
            #expect(editor.status == .ok)
            #expect(editor.text.contains("the hand-written file (not in the studio yet)") && editor.text.contains(#"id="hand-written""#))
            #expect(editor.text.contains("大家好，欢迎来到{{brand}}的直播间，我是{{host}}。"))
            #expect(editor.text.contains(#"<option value="cmn-latn-pinyin" selected>"#))
            #expect(!editor.text.contains(#"id="unkept""#) && !editor.text.contains(#"id="publish""#))
            let api = try await client.execute(uri: base, method: .get, headers: lin)
            #expect((api.json["fields"] as? [String: String])?["display_name"] == "小林")
            #expect((api.json["summary"] as? [String: Any])?["handWritten"] as? Bool == true)
        }
        // Opening it wrote nothing.
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.folder.path("personas/hillside")) == ["xiaolin.yaml"])
    }

    @Test func theFirstSaveKeepsTheFileAsAVersionAndThePublishedEditIsWhatTheChannelAccepts() async throws {
        let (harness, original) = try Self.studioWithXiaolin()
        let base = base, page = page
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            var fields = try #require(try await client.execute(uri: base, method: .get, headers: lin).json["fields"] as? [String: String])
            fields["greeting"] = "各位好，欢迎来到{{brand}}的直播间，我是{{host}}。"
            let saved = try await client.execute(uri: base + "/versions", method: .post, headers: lin,
                                                 body: jsonBody(fields: fields, note: "warmer greeting"))
            #expect(saved.status == .created && saved.json["version"] as? Int == 3 && saved.json["draft"] as? Bool == false)
            // The file as it was, then the edit: both pass the checks as stored.
            for version in [2, 3] {
                let published = try await client.execute(uri: base + "/publish", method: .post, headers: lin,
                                                          body: jsonBody(version: version))
                #expect(published.status == .ok, "v\(version): \(published.text)")
            }
            let editor = try await client.execute(uri: page, method: .get, headers: lin)
            #expect(editor.text.contains(PersonaStore.adoptionNote) && editor.text.contains("diff?from=2&amp;to=3"))
            #expect(!editor.text.contains("diff?from=1") && !editor.text.contains(#"id="hand-written""#))
        }
        let store = harness.studio.store
        let summary = try store.summary(brand: "hillside", id: "xiaolin")
        #expect(summary.history.map(\.version) == [2, 3, 2, 3] && Set(summary.history.map(\.author)) == ["lin"])
        #expect(summary.history.map(\.note) == [PersonaStore.adoptionNote, "warmer greeting", "", ""])
        #expect(try store.text(brand: "hillside", id: "xiaolin", version: 2) == original)
        #expect(try store.fileText(brand: "hillside", id: "xiaolin") == store.text(brand: "hillside", id: "xiaolin", version: 3))

        // What `standin stream --studio-personas` checks before airing it: the channel's
        // language and no problems with the channel's catalog. And nothing but the greeting
        // and the version differs from the persona on air.
        let (persona, version) = try PersonaStore(root: harness.folder.path("personas")).publishedPersona(id: "xiaolin")
        let onAir = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        #expect(version == 3 && persona.language == onAir.language)
        #expect(try PersonaValidator.problems(persona: persona, catalog: Catalog.load(from: repositoryPath("assets/demo/catalog.yaml"))).isEmpty)
        var expected = onAir.locationsCleared()
        expected.greeting = "各位好，欢迎来到{{brand}}的直播间，我是{{host}}。"
        expected.version = 3
        #expect(persona.locationsCleared() == expected)
    }

    @Test func anotherBrandCannotSeeOrTakeIt() async throws {
        let (harness, original) = try Self.studioWithXiaolin()
        let fields = try PersonaForm(yaml: original).fields
        try await harness.withClient { client in
            let eve = try await signIn(client, "eve"), op = try await signIn(client, "op")
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: eve)
            #expect(!list.text.contains("xiaolin"))
            #expect(try await client.execute(uri: "/studio/brands/hillside/personas/xiaolin", method: .get, headers: eve).status
                    == .forbidden)
            // In her own brand the id is just not hers: the editor opens as for a new persona,
            // showing nothing of xiaolin, and saving says the id is taken, not by whom.
            let own = try await client.execute(uri: "/studio/brands/rival/personas/xiaolin", method: .get, headers: eve)
            #expect(own.status == .ok && !own.text.contains("小林") && !own.text.contains("hillside"))
            let hers = try await client.execute(uri: "/studio/api/brands/hillside/personas/xiaolin/versions", method: .post,
                                                headers: eve, body: jsonBody(fields: fields))
            #expect(hers.status == .forbidden)
            let save = try await client.execute(uri: "/studio/api/brands/rival/personas/xiaolin/versions", method: .post,
                                                headers: eve, body: jsonBody(fields: fields))
            #expect(save.status == .conflict && !save.text.contains("hillside"), "\(save.text)")
            // An operator may see every brand, but the id stays hillside's.
            let elsewhere = try await client.execute(uri: "/studio/api/brands/rival/personas/xiaolin/versions", method: .post,
                                                     headers: op, body: jsonBody(fields: fields))
            #expect(elsewhere.status == .conflict)
        }
        #expect(try harness.studio.store.summary(brand: "hillside", id: "xiaolin").isHandWritten)
        let rival = (try? FileManager.default.contentsOfDirectory(atPath: harness.folder.path("personas/rival"))) ?? []
        #expect(!rival.contains { $0.contains("xiaolin") }, "\(rival)")
    }

    @Test func aHandWrittenFileThatIsNotYAMLIsListedAndExplained() async throws {
        let (harness, _) = try Self.studioWithXiaolin()
        try harness.folder.write("personas/hillside/broken.yaml", "id: [broken\n")
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let list = try await client.execute(uri: "/studio/personas", method: .get, headers: lin)
            #expect(list.text.contains(#"<tr data-persona="broken">"#))
            let editor = try await client.execute(uri: "/studio/brands/hillside/personas/broken", method: .get, headers: lin)
            #expect(editor.status == .conflict && editor.text.contains("not valid YAML"))
        }
    }

    @Test func aHandWrittenTextOnSeveralLinesKeepsItsLineBreaksInTheEditor() async throws {
        let (harness, original) = try Self.studioWithXiaolin()
        let page = page
        let twoLines = original.replacingOccurrences(of: "sign_off: 今天就到这里，感谢大家来{{brand}}，我们下次见。",
                                                     with: "sign_off: |-\n  今天就到这里。\n  我们下次见。")
        #expect(twoLines != original)
        try harness.folder.write("personas/hillside/xiaolin.yaml", twoLines)
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let editor = try await client.execute(uri: page, method: .get, headers: lin)
            #expect(editor.text.contains(#"<textarea id="f-sign_off" data-field="sign_off" rows="2">今天就到这里。"#))
        }
    }

    @Test func theEditorNamesWhatASaveWouldChange() async throws {
        let (harness, original) = try Self.studioWithXiaolin()
        let page = page
        let multiLine = original.replacingOccurrences(of: "    - 接下来给大家介绍这款{{name}}。",
                                                      with: "    - |-\n      接下来给大家介绍这款{{name}}。\n      一起看看。")
        #expect(multiLine != original)
        try harness.folder.write("personas/hillside/xiaolin.yaml", multiLine)
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let editor = try await client.execute(uri: page, method: .get, headers: lin)
            #expect(editor.text.contains(#"id="unkept""#) && editor.text.contains("<li>Intro variants</li>"))
        }
    }
}

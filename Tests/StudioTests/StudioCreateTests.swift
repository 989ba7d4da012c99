import Foundation
import Hummingbird
import HummingbirdTesting
import PersonaStore
@testable import Studio
import Testing
import TestSupport

/// Creating a persona from the host's name: the id is made for the author, editable, and a
/// bad one is explained beside the form.
@Suite struct StudioCreateTests {
    @Test(arguments: [("Sunny Kitchen Host", "sunny-kitchen-host"), ("小林", "xiao-lin"), ("山间茶舍 Tea", "shan-jian-cha-she-tea"),
                      ("Café Crème", "cafe-creme"), ("  ", "host"), (String(repeating: "Long name ", count: 8), "long-name-long-name-long-name-long-name")])
    func anIdIsMadeFromTheName(name: String, id: String) {
        #expect(PersonaID.suggested(from: name) == id)
        #expect(StoreName.isValid(PersonaID.suggested(from: name)))
    }

    @Test func aTakenIdGetsANumber() {
        #expect(PersonaID.unused("ava", taken: ["ava", "ava-2"]) == "ava-3")
        #expect(PersonaID.unused("ava", taken: []) == "ava")
    }

    @Test func aNaturalNameCreatesAPersonaWithThatName() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let created = try await client.execute(uri: "/studio/new?brand=hillside&name=Sunny+Kitchen+Host&id=", method: .get, headers: lin)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            #expect(location.hasPrefix("/studio/brands/hillside/personas/sunny-kitchen-host?name="), "\(location)")
            let editor = try await client.execute(uri: location, method: .get, headers: lin)
            #expect(editor.status == .ok && editor.text.contains(#"value="Sunny Kitchen Host""#))
            // Chinese: the id through pinyin, and a Mandarin host to start from.
            let chinese = try await client.execute(uri: "/studio/new?brand=hillside&name=%E5%B0%8F%E6%9E%97", method: .get, headers: lin)
            let chineseLocation = try #require(chinese.headers[.location])
            #expect(chineseLocation.hasPrefix("/studio/brands/hillside/personas/xiao-lin?name="))
            let page = try await client.execute(uri: chineseLocation, method: .get, headers: lin)
            #expect(page.text.contains(#"value="小林""#) && page.text.contains("cmn-latn-pinyin"))
            let suggestion = try await client.execute(uri: "/studio/api/brands/hillside/persona-id?name=%E5%B0%8F%E6%9E%97", method: .get,
                                                      headers: lin)
            #expect(suggestion.json["id"] as? String == "xiao-lin")
        }
    }

    @Test func aBadIdIsExplainedBesideTheForm() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: "/studio/new?brand=hillside&name=Sunny&id=Sunny+Host", method: .get, headers: lin)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("class=\"error new-error\"") && response.text.contains("for example sunny"))
            #expect(response.text.contains(#"value="Sunny""#) && response.text.contains("<h1>Personas</h1>"))
            // The page's own check: a pattern every browser compiles (a '-' in a class is escaped for the v flag).
            #expect(response.text.contains(#"pattern="[a-z0-9][a-z0-9\-]{0,39}""#))
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Studio
import Testing
import TestSupport

/// A persona's `look.sprite_pack` resolves only inside its own brand's folder, and no answer
/// shows a server path or tells whether a folder outside exists.
@Suite struct StudioSpritePackTests {
    /// Brand `rival` has the sprite pack `sprites/evil`; brand `hillside` has `sprites/own`
    /// and `sprites/link`, a symbolic link to rival's pack.
    static func studio() throws -> (StudioHarness, [String: String]) {
        let harness = try StudioHarness()
        let momo = repositoryRoot.appendingPathComponent("personas/examples/sprites/momo")
        for (brand, pack) in [("rival", "evil"), ("hillside", "own")] {
            try FileManager.default.createDirectory(atPath: harness.folder.path("personas/\(brand)/sprites"),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: momo, to: URL(fileURLWithPath: harness.folder.path("personas/\(brand)/sprites/\(pack)")))
        }
        try FileManager.default.createSymbolicLink(atPath: harness.folder.path("personas/hillside/sprites/link"),
                                                   withDestinationPath: "../../rival/sprites/evil")
        let fields = try PersonaForm(yaml: String(contentsOfFile: repositoryPath("personas/examples/momo.yaml"), encoding: .utf8)).fields
        return (harness, fields)
    }

    @Test func theBrandsOwnPackIsUsed() async throws {
        let (harness, momo) = try Self.studio()
        var edited = momo
        edited["look.sprite_pack"] = "sprites/own"
        let fields = edited
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let check = try await client.execute(uri: "/studio/api/brands/hillside/personas/momo/check", method: .post,
                                                 headers: lin, body: jsonBody(fields: fields))
            #expect(check.status == .ok && (check.json["problems"] as? [Any])?.isEmpty == true, "\(check.text)")
        }
    }

    @Test(arguments: ["../rival/sprites/evil", "sprites/../../rival/sprites/evil", "ABSOLUTE", "sprites/link", "~/sprites"])
    func anotherBrandsPackIsRefusedEverywhere(pack: String) async throws {
        let (harness, momo) = try Self.studio()
        var edited = momo
        edited["look.sprite_pack"] = pack == "ABSOLUTE" ? harness.folder.path("personas/rival/sprites/evil") : pack
        let fields = edited
        let server = harness.folder.url.resolvingSymlinksInPath().path
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let api = "/studio/api/brands/hillside/personas/momo"
            let check = try await client.execute(uri: api + "/check", method: .post, headers: lin, body: jsonBody(fields: fields))
            let problems = try #require(check.json["problems"] as? [[String: Any]])
            #expect(problems.contains { $0["field"] as? String == "look.sprite_pack" }, "\(check.text)")
            let preview = try await client.execute(uri: api + "/preview/png", method: .post, headers: lin, body: jsonBody(fields: fields))
            #expect(preview.status == .badRequest)
            let saved = try await client.execute(uri: api + "/versions", method: .post, headers: lin, body: jsonBody(fields: fields))
            #expect(saved.status == .created && saved.json["draft"] as? Bool == true)
            let publish = try await client.execute(uri: api + "/publish", method: .post, headers: lin, body: jsonBody(version: 1))
            #expect(publish.status == .conflict)
            for response in [check, preview, saved, publish] {
                #expect(!response.text.contains(server) && !response.text.contains(harness.folder.url.path), "\(response.text)")
                #expect(!response.text.contains("/tmp") && !response.text.contains("personas/rival"), "\(response.text)")
            }
        }
        #expect(harness.studio.store.publishedVersion(brand: "hillside", id: "momo") == nil)
    }

    /// A pack that is missing and one a link leads out of get the same answer, so staff learn
    /// nothing about folders outside their brand.
    @Test func missingAndOutsideReadAlike() async throws {
        let (harness, momo) = try Self.studio()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            var messages: [String] = []
            for pack in ["sprites/link", "sprites/nothing"] {
                var fields = momo
                fields["look.sprite_pack"] = pack
                let check = try await client.execute(uri: "/studio/api/brands/hillside/personas/momo/check", method: .post,
                                                     headers: lin, body: jsonBody(fields: fields))
                let problems = try #require(check.json["problems"] as? [[String: Any]])
                let message = try #require(problems.first { $0["field"] as? String == "look.sprite_pack" }?["message"] as? String)
                messages.append(message.replacingOccurrences(of: pack, with: "PACK"))
            }
            #expect(messages[0] == messages[1], "\(messages)")
        }
    }
}

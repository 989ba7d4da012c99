import Foundation
import Playout
import Testing
import TestSupport

/// The demo's promise (`scripts/demo`): the persona on air, copied into the studio root as a
/// hand-written file, is opened in the studio over HTTP, its greeting changed, saved and
/// published, and the running channel airs that version from its next segment.
@Suite("The studio edits the host on air", .serialized)
struct StudioDemoFlowTests {
    @Test("a hand-written persona edited and published in the studio goes on air")
    func editOnAir() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        try folder.write("studio/shanjian/xiaolin.yaml", original)
        let stream = try StudioStream(in: folder, user: "demo")
        let process = stream.process, port = stream.port

        // What the demo user does in the page, through the same endpoints.
        let studio = "http://127.0.0.1:\(port)/studio", jar = folder.path("cookies")
        // Sign in as the page does: the form's token with its cookie, then the session's token
        // (which every request that changes something carries) from the page.
        let form = try curl(["-c", jar, "\(studio)/login"])
        let formToken = try #require(Self.text(in: form, after: #"name="csrf" value=""#))
        _ = try curl(["-b", jar, "-c", jar, "-d", "csrf=\(formToken)&name=demo&password=tea-secret", "\(studio)/login"])
        let token = try #require(Self.text(in: try curl(["-b", jar, "\(studio)/personas"]), after: #"<meta name="csrf-token" content=""#))
        let api = "\(studio)/api/brands/shanjian/personas/xiaolin"
        let opened = try JSONSerialization.jsonObject(with: Data(try curl(["-b", jar, api]).utf8)) as? [String: Any]
        var fields = try #require(opened?["fields"] as? [String: String])
        #expect(fields["display_name"] == "小林")
        fields["greeting"] = "各位好，欢迎来到{{brand}}的直播间，我是{{host}}。"
        let body = try JSONSerialization.data(withJSONObject: ["fields": fields, "note": "warmer greeting"])
        let saved = try curl(["-b", jar, "-H", "X-CSRF-Token: \(token)", "-H", "Content-Type: application/json", "--data-binary", String(decoding: body, as: UTF8.self),
                              "\(api)/versions"])
        #expect(saved.contains(#""version":3"#), "\(saved)")
        let published = try curl(["-b", jar, "-H", "X-CSRF-Token: \(token)", "-H", "Content-Type: application/json", "-d", #"{"version":3}"#, "\(api)/publish"])
        #expect(published.contains(#""published":3"#), "\(published)")
        #expect(process.wait(timeout: .seconds(90)) == 0, "\(process.stderr)")

        let versions = try AsRunLog.read(folder: folder.path("state/asrun")).map(\.personaVersion)
        #expect(versions.first?.hasPrefix("xiaolin 2+") == true, "\(versions)")
        #expect(versions.last?.hasPrefix("xiaolin 3+") == true, "\(versions)")
        #expect(process.stderr.contains("persona changed") && !process.stderr.contains("refused"), "\(process.stderr)")
        // The hand-written text is kept as the studio's version 2.
        #expect(try String(contentsOfFile: folder.path("studio/shanjian/xiaolin.v2.yaml"), encoding: .utf8) == original)
    }

    /// The text after `start` up to the next double quote.
    static func text(in page: String, after start: String) -> String? {
        guard let from = page.range(of: start)?.upperBound, let to = page[from...].firstIndex(of: "\"") else { return nil }
        return String(page[from..<to])
    }

    private func curl(_ arguments: [String]) throws -> String {
        try TestSupport.run("curl", ["-s", "--max-time", "20"] + arguments).stdoutText
    }
}

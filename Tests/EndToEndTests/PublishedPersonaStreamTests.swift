import Foundation
import PersonaStore
import Playout
import Testing
import TestSupport

/// `standin stream --studio-personas`: the channel airs the studio's published version of
/// its persona, picks up a newly published one at the next segment (the as-run log names
/// the version), and serves the studio's pages beside the token-protected control API.
@Suite("Published personas in a live stream", .serialized)
struct PublishedPersonaStreamTests {
    @Test("a version published while the channel is on air is aired from the next segment on")
    func pickUp() throws {
        let folder = try TemporaryFolder()
        let store = PersonaStore(root: folder.path("studio"))
        let original = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
        try store.save(brand: "shanjian", id: "xiaolin", yaml: original, author: "lin", problems: 0)
        try store.publish(brand: "shanjian", id: "xiaolin", version: 1, author: "lin")

        let stream = try StudioStream(in: folder, user: "lin")
        let process = stream.process, port = stream.port

        // The studio's pages are served beside the API; the API still wants its token.
        let page = try TestSupport.run("curl", ["-s", "-L", "http://127.0.0.1:\(port)/studio"]).stdoutText
        #expect(page.contains("<form") && page.lowercased().contains("password"), "\(page.prefix(300))")
        let status = try TestSupport.run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/status"]).stdoutText
        #expect(status == "401")

        Thread.sleep(forTimeInterval: 8)
        let changed = original.replacingOccurrences(of: "大家好", with: "各位好")
        try store.save(brand: "shanjian", id: "xiaolin", yaml: changed, author: "lin", note: "warmer greeting", problems: 0)
        try store.publish(brand: "shanjian", id: "xiaolin", version: 2, author: "lin")
        #expect(process.wait(timeout: .seconds(90)) == 0, "\(process.stderr)")

        let versions = try AsRunLog.read(folder: folder.path("state/asrun")).map(\.personaVersion)
        #expect(versions.first?.hasPrefix("xiaolin 1+") == true, "\(versions)")
        #expect(versions.last?.hasPrefix("xiaolin 2+") == true, "\(versions)")
        // Once on air, version 2 stays: no entry of version 1 after it.
        let firstTwo = try #require(versions.firstIndex { $0.hasPrefix("xiaolin 2+") })
        #expect(versions[firstTwo...].allSatisfy { $0.hasPrefix("xiaolin 2+") })
        #expect(process.stderr.contains("persona changed"))
    }
}

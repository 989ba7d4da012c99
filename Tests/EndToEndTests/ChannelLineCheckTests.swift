import Foundation
import Testing
import TestSupport

/// `standin channel validate` checks the lines the channel file makes the host say.
@Suite("Channel lines checked before they air")
struct ChannelLineCheckTests {
    @Test("an unknown placeholder and a blocked phrase in channel lines are errors naming the field")
    func badLines() throws {
        let folder = try TemporaryFolder()
        let channel = try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            handoff: {before: "今晚的主播{{hots}}会在{{time}}来。", welcome_back: "最好的茶，欢迎回来。"}
            fillers: {brand_story: "我们的茶园在山上。"}
            """)
        let result = try run(standinBinary(), ["channel", "validate", channel])
        #expect(result.status == 1)
        #expect(result.stderr.contains("handoff.before has an unknown placeholder {{hots}}; use {{host}} or {{time}}"), "\(result.stderr)")
        #expect(result.stderr.contains("handoff.welcome_back would be kept off air") && result.stderr.contains("最好"), "\(result.stderr)")
        #expect(!result.stderr.contains("fillers.brand_story"))
        let stream = try run(standinBinary(), ["stream", "--channel", channel, "--state", folder.path("state"), "--duration", "1"])
        #expect(stream.status != 0)
        #expect(stream.stderr.contains("{{hots}}"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("state/asrun")))
    }
}

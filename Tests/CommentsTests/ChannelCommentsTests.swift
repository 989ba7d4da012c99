import Foundation
import StandInCore
import TestSupport
import Testing

@Suite struct ChannelCommentsTests {
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func channel(_ comments: String) throws -> String {
        var text = try String(contentsOfFile: repositoryPath("assets/demo/channel.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "persona: ", with: "persona: \(repositoryPath("assets/demo"))/")
            .replacingOccurrences(of: "catalog: ", with: "catalog: \(repositoryPath("assets/demo"))/")
        return try folder.write("channel.yaml", text + "\n" + comments)
    }

    @Test func loadsSourcesAndChoices() throws {
        setenv("STANDIN_TEST_HOOK_SECRET", "hook-secret-value", 1)
        setenv("STANDIN_TEST_YT_TOKEN", "ya29.token-value", 1)
        let path = try channel("""
        comments:
          answer_every_seconds: 15
          per_viewer_minutes: 3
          mute: [troll]
          milestones: [1000, 100]
          sources:
            - {name: shop, type: webhook, secret_env: STANDIN_TEST_HOOK_SECRET}
            - {name: tw, type: twitch, server: "127.0.0.1:6667", channel: Shop}
            - {name: yt, type: youtube, live_chat_id: abc, token_env: STANDIN_TEST_YT_TOKEN, endpoint: "http://127.0.0.1:9/chat"}
        """)
        let comments = try Channel.load(from: path).comments
        #expect(comments.answerEverySeconds == 15 && comments.perViewerMinutes == 3 && comments.mute == ["troll"])
        #expect(comments.milestones == [100, 1000])
        #expect(comments.sources.map(\.type) == ["webhook", "twitch", "youtube"])
        #expect(comments.sources[1].kind == .twitch(host: "127.0.0.1", port: 6667, channel: "shop", nick: "justinfan54321", token: nil))
        #expect(Set(comments.secrets) == ["hook-secret-value", "ya29.token-value"])
    }

    @Test(arguments: [
        ("    - {name: a, type: webhook, secret_env: STANDIN_TEST_UNSET_VAR}", "comment source #1: secret_env ", "STANDIN_TEST_UNSET_VAR, which is not set"),
        ("    - {name: a, type: webhook}", "comment source #1: secret_env ", "is missing"),
        ("    - {name: a, type: irc}", "comment source #1: type ", "must be webhook, twitch or youtube"),
        ("    - {name: a b, type: twitch, channel: x}", "comment source #1: name ", "letters, digits"),
        ("    - {name: a, type: twitch, channel: x, server: nohost}", "comment source #1: server ", "host:port"),
        ("    - {name: a, type: twitch, channel: x, sever: h:1}", "comment source #1: sever ", "did you mean 'server'"),
    ])
    func errorsNameFileLineAndField(source: String, field: String, problem: String) throws {
        let path = try channel("comments:\n  sources:\n" + source + "\n")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.lastIndex { $0.hasPrefix("    - {") }! + 1
        do {
            _ = try Channel.load(from: path)
            Issue.record("loaded")
        } catch {
            let text = "\(error)"
            #expect(text.contains("channel.yaml:\(line)"), "\(text)")
            #expect(text.contains(field) && text.contains(problem), "\(text)")
        }
    }
}

import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// `api:` in a channel file: where the control API listens and its tokens, with errors that
/// name file, line and field and never print a token.
@Suite("Channel API settings")
struct ChannelAPITests {
    let folder: TemporaryFolder
    let base = """
        persona: persona.yaml
        catalog: catalog.yaml
        time_zone: UTC
        handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}

        """

    init() throws { folder = try TemporaryFolder() }

    func load(_ api: String) throws -> Channel {
        try Channel.load(from: folder.write("tea-room.yaml", base + api))
    }

    func problems(_ api: String) -> [String] {
        do {
            _ = try load(api)
            return []
        } catch let errors as FileErrors {
            return errors.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func connectionLimitsDefaultAndLoad() throws {
        let defaults = try load("")
        #expect(defaults.api.requestTimeoutMilliseconds == 5_000 && defaults.api.maxConnections == 256)
        let set = try load("api: {request_timeout_ms: 1500, max_connections: 32}\n")
        #expect(set.api.requestTimeoutMilliseconds == 1_500 && set.api.maxConnections == 32)
        let found = problems("api:\n  request_timeout_ms: 50\n  max_connections: 0\n")
        #expect(found.contains { $0.contains("tea-room.yaml:6") && $0.contains("request_timeout_ms") && $0.contains("100 and 600000") }, "\(found)")
        #expect(found.contains { $0.contains("tea-room.yaml:7") && $0.contains("max_connections") && $0.contains("1 and 100000") }, "\(found)")
    }

    @Test func defaultsAreLoopbackAndNoTokens() throws {
        let channel = try load("")
        #expect(channel.api == APISettings(host: "127.0.0.1", port: 8787, tokens: []))
        #expect(channel.id == "tea-room")
    }

    @Test func tokensFromTheFileTheEnvironmentAndASharedFile() throws {
        setenv("STANDIN_TEST_API_TOKEN", "env-token-0123456789abcdef", 1)
        _ = try folder.write("tokens.yaml", """
            tokens:
              - {name: night, token: "night-token-0123456789ab", channels: ["*"]}
              - {name: shoes, token: "shoes-token-0123456789ab", channels: [shoe-room]}
            """)
        let channel = try load("""
            api:
              listen: 0.0.0.0:9000
              tokens:
                - {name: anna, token: "anna-token-0123456789abcdef"}
                - {name: env, token: "${STANDIN_TEST_API_TOKEN}"}
              tokens_file: tokens.yaml
            """)
        #expect(channel.api.host == "0.0.0.0" && channel.api.port == 9000)
        #expect(channel.api.tokens.map(\.name) == ["anna", "env", "night", "shoes"])
        #expect(channel.api.tokens[1].token == "env-token-0123456789abcdef")
        #expect(channel.api.tokens.map { $0.allows("tea-room") } == [true, true, true, false])
    }

    @Test func badSettingsNameLineAndFieldAndNeverTheToken() throws {
        let found = problems("""
            api:
              listen: localhost
              tokens:
                - {name: short, token: "abc123"}
                - {name: anna, token: "anna-token-0123456789abcdef"}
                - {name: copy, token: "anna-token-0123456789abcdef"}
                - {name: unset, token: "${STANDIN_TEST_UNSET_TOKEN}"}
                - {name: extra, token: "extra-token-0123456789abcdef", colour: red}
              tokens_file: missing.yaml
            """)
        let text = found.joined(separator: "\n")
        #expect(text.contains("tea-room.yaml:6: api.listen"), "\(text)")
        #expect(text.contains("host:port"))
        #expect(text.contains(":8") && text.contains("at least 16 characters"), "\(text)")
        #expect(text.contains("STANDIN_TEST_UNSET_TOKEN") && text.contains("not set"))
        #expect(text.contains("colour"))
        #expect(text.contains("missing.yaml"))
        #expect(text.contains("the same as another token's"))
        #expect(!text.contains("anna-token-0123456789abcdef") && !text.contains("abc123"), "a token was printed: \(text)")
    }

    @Test func aSharedTokenNeedsItsChannels() {
        _ = try? folder.write("tokens.yaml", "tokens:\n  - {name: night, token: \"night-token-0123456789ab\"}\n")
        let text = problems("api:\n  tokens_file: tokens.yaml\n").joined(separator: "\n")
        #expect(text.contains("tokens.yaml:2") && text.contains("channels"), "\(text)")
    }
}

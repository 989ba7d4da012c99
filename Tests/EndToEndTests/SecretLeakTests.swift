import Foundation
import Testing
import TestSupport

/// The real binary never prints a stream key: malformed destination and ingest URLs with keys
/// from the environment, through `channel validate` and `stream`.
@Suite("No stream key in CLI output")
struct SecretLeakTests {
    static let key = "sk-cli-Q7w3-do-not-print"

    func channel(_ folder: TemporaryFolder, _ section: String) throws -> String {
        try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            handoff: {before: "今晚的主播{{host}}会在{{time}}来。", welcome_back: "欢迎回来。"}
            \(section)
            """)
    }

    @Test("a malformed URL is named by file:line with its key hidden", arguments: [
        "destinations:\n  - {name: main, url: \"rtmp//push.example.com/live/${STANDIN_CLI_KEY}\"}",
        "destinations:\n  - {name: main, url: \"rtmp:/push.example.com/live/${STANDIN_CLI_KEY}\"}",
        "destinations:\n  - {name: main, url: \"${STANDIN_CLI_KEY}\"}",
        "relay: {ingest: \"rtmp//127.0.0.1/ingest/${STANDIN_CLI_KEY}\"}",
        "relay: {ingest: \"${STANDIN_CLI_KEY}\"}",
    ])
    func malformedURL(section: String) throws {
        let folder = try TemporaryFolder()
        let path = try channel(folder, section)
        var environment = ProcessInfo.processInfo.environment
        environment["STANDIN_CLI_KEY"] = Self.key
        let validate = try run(standinBinary(), ["channel", "validate", path], environment: environment)
        let stream = try run(standinBinary(), ["stream", "--channel", path, "--state", folder.path("state"), "--duration", "1", "--no-api"],
                             environment: environment)
        let line = 4 + section.components(separatedBy: "\n").count
        for result in [validate, stream] {
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(path):\(line):"), "\(result.stderr)")
            #expect(!result.stderr.contains(Self.key) && !result.stderr.contains("Q7w3"), "\(result.stderr)")
            #expect(!result.stdoutText.contains(Self.key))
        }
    }

    @Test("two destinations with the same URL are a validation error naming both lines")
    func duplicateDestinations() throws {
        let folder = try TemporaryFolder()
        let path = try channel(folder, """
            destinations:
              - {name: main, url: "rtmp://push.example.com/live/${STANDIN_CLI_KEY}"}
              - {name: copy, url: "rtmp://push.example.com/live/${STANDIN_CLI_KEY}"}
            """)
        var environment = ProcessInfo.processInfo.environment
        environment["STANDIN_CLI_KEY"] = Self.key
        let result = try run(standinBinary(), ["channel", "validate", path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):7: destination #2: url is the same as destination 'main' (line 6)"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.key))
    }
}

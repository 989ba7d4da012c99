import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// No message names a stream key: malformed URLs, keys from the environment, free text, and
/// two destinations that would publish to the same stream.
@Suite("Secret redaction")
struct SecretRedactionTests {
    static let key = "sk-live-7Qx9-secret"

    @Test("well-formed and malformed URLs are redacted alike", arguments: [
        ("rtmp://push.example.com/live/\(key)", "rtmp://push.example.com/live/****"),
        ("rtmp//push.example.com/live/\(key)", "rtmp//push.example.com/live/****"),
        ("rtmp:/push.example.com/live/\(key)", "rtmp:/push.example.com/live/****"),
        ("rtmp:push.example.com/live/\(key)", "rtmp:push.example.com/live/****"),
        ("push.example.com/live/\(key)?auth=x1y2", "push.example.com/live/****?****"),
        ("user:pa55word@push.example.com/live/\(key)", "****@push.example.com/live/****"),
        (key, "****"),
        ("rtmp://host", "rtmp://host"),
    ])
    func redact(text: String, redacted: String) {
        #expect(URLRedaction.redact(text) == redacted)
    }

    @Test("values expanded from the environment are hidden wherever they are")
    func expandedValuesAreHidden() {
        let text = "rtmp://\(Self.key).example.com/live/room"
        #expect(URLRedaction.redact(text, secrets: [Self.key]) == "rtmp://****.example.com/live/****")
    }

    @Test("URLs in free text (libav's log lines, error descriptions) are redacted", arguments: [
        ("Cannot open connection tcp://127.0.0.1:1935?tcp_nodelay=1", "Cannot open connection tcp://127.0.0.1:1935?****"),
        ("Failed to open 'rtmp://h:1935/live/\(key)': refused", "Failed to open 'rtmp://h:1935/live/****': refused"),
        ("rtmp://h/live/\(key): Connection refused", "rtmp://h/live/****: Connection refused"),
        ("Server error: Already publishing", "Server error: Already publishing"),
        ("url=rtmps://user:pw@h/app/\(key)?t=1 failed", "url=rtmps://****@h/app/****?**** failed"),
    ])
    func freeText(line: String, redacted: String) {
        #expect(URLRedaction.redactURLs(in: line) == redacted)
    }

    @Test("a registered URL's key, user info and query are hidden even without the URL around them")
    func registeredSecrets() {
        let redactor = SecretRedactor()
        redactor.register(url: "rtmp://bob:hunter22@push.example.com/live/\(Self.key)?token=abcdef")
        #expect(redactor.redact("publishing \(Self.key) as bob:hunter22 with token=abcdef")
                == "publishing **** as **** with ****")
        #expect(redactor.redact("live") == "live", "the application name is no secret")
        redactor.register(url: "rtmp://host/key")
        #expect(redactor.redact("key frame") == "key frame", "a one-component path has no key part (and 3 letters are too short)")
    }
}

@Suite("Secrets in channel errors")
struct ChannelSecretErrorTests {
    let folder: TemporaryFolder
    static let key = "sk-env-Zr84-never-print"
    let base = """
        persona: persona.yaml
        catalog: catalog.yaml
        time_zone: UTC
        handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}

        """

    init() throws {
        folder = try TemporaryFolder()
        setenv("STANDIN_REDACTION_KEY", Self.key, 1)
    }

    func errors(_ text: String) throws -> FileErrors {
        try #require(throws: FileErrors.self) { try Channel.load(from: folder.write("channel.yaml", base + text)) }
    }

    @Test("a malformed destination URL never shows the expanded key", arguments: [
        "rtmp//push.example.com/live/${STANDIN_REDACTION_KEY}",
        "rtmp:/push.example.com/live/${STANDIN_REDACTION_KEY}",
        "${STANDIN_REDACTION_KEY}",
        "rtmp://:1935/${STANDIN_REDACTION_KEY}/live",
        "http://${STANDIN_REDACTION_KEY}@push.example.com/live/room",
        "push.example.com/live/${STANDIN_REDACTION_KEY}.mp4",
    ])
    func malformedDestination(url: String) throws {
        let error = try errors("destinations:\n  - {name: main, url: \"\(url)\"}\n")
        #expect(error.errors.map(\.field) == ["url"], "\(error)")
        #expect(error.description.contains("channel.yaml:6"), "\(error)")
        #expect(!error.description.contains(Self.key), "\(error)")
        #expect(!error.description.contains("Zr84"), "\(error)")
    }

    @Test("a malformed relay ingest never shows the expanded key", arguments: [
        "rtmp//127.0.0.1/ingest/${STANDIN_REDACTION_KEY}",
        "rtmp:/127.0.0.1/ingest/${STANDIN_REDACTION_KEY}",
        "${STANDIN_REDACTION_KEY}",
        "rtmp://127.0.0.1/${STANDIN_REDACTION_KEY}",
    ])
    func malformedIngest(url: String) throws {
        let error = try errors("relay: {ingest: \"\(url)\"}\n")
        #expect(error.errors.map(\.field) == ["relay.ingest"], "\(error)")
        #expect(!error.description.contains(Self.key) && !error.description.contains("Zr84"), "\(error)")
    }

    @Test("two destinations publishing to the same stream are an error naming both lines")
    func duplicateURL() throws {
        let error = try errors("""
            destinations:
              - {name: main, url: "rtmp://push.example.com/live/${STANDIN_REDACTION_KEY}"}
              - {name: recording, url: room.flv}
              - {name: again, url: "rtmp://PUSH.example.com/live/${STANDIN_REDACTION_KEY}"}
            """)
        #expect(error.errors.count == 1)
        let text = error.description
        #expect(text.contains("channel.yaml:8") && text.contains("url"), "\(text)")
        #expect(text.contains("same as destination 'main' (line 6)"), "\(text)")
        #expect(!text.contains(Self.key), "\(text)")
        let recordings = try errors("destinations:\n  - {name: a, url: out.flv}\n  - {name: b, url: out.flv}\n")
        #expect(recordings.description.contains("same as destination 'a'"))
    }

    @Test("retry settings per destination, with OBS-like defaults")
    func retrySettings() throws {
        let channel = try Channel.load(from: folder.write("channel.yaml", base + """
            destinations:
              - {name: main, url: "rtmp://h/live/a-key", retry_delay_ms: 500, retry_max_delay_s: 20, probe_interval_ms: 250, stall_timeout_ms: 3000}
              - {name: backup, url: "rtmp://h/backup/a-key"}
            """))
        #expect(channel.destinations[0].retry == DestinationRetry(retryDelayMilliseconds: 500, retryMaxDelaySeconds: 20,
                                                                  probeIntervalMilliseconds: 250, stallTimeoutMilliseconds: 3_000))
        #expect(channel.destinations[1].retry == DestinationRetry())
        let bad = try errors("destinations:\n  - {name: main, url: \"rtmp://h/live/k\", stall_timeout_ms: 10}\n")
        #expect(bad.errors.map(\.field) == ["stall_timeout_ms"], "\(bad)")
    }
}

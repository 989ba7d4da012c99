import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// Destinations in a channel file: RTMP(S) URLs or a local FLV recording, keys from the
/// environment, and no key in any error message.
@Suite("Channel destinations")
struct ChannelDestinationTests {
    let folder: TemporaryFolder
    let base = """
        persona: persona.yaml
        catalog: catalog.yaml
        time_zone: UTC
        handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}
        destinations:

        """

    init() throws { folder = try TemporaryFolder() }

    func load(_ entries: String) throws -> Channel {
        try Channel.load(from: folder.write("channel.yaml", base + entries))
    }

    @Test func rtmpURLsAndARelativeRecordingPath() throws {
        let channel = try load("""
              - {name: main, url: "rtmp://push.example.com/live/sk-secret-1"}
              - {name: tls, url: "rtmps://push.example.com:443/app/sk-secret-2"}
              - {name: recording, url: recordings/room.flv}
            """)
        #expect(channel.destinations.map(\.name) == ["main", "tls", "recording"])
        #expect(channel.destinations[0].redactedURL == "rtmp://push.example.com/live/****")
        #expect(channel.destinations[2].isRecording)
        #expect(channel.destinations[2].url == folder.path("recordings/room.flv"))
    }

    @Test func streamKeysCanComeFromTheEnvironment() throws {
        setenv("STANDIN_TEST_KEY", "sk-from-env", 1)
        let channel = try load("  - {name: main, url: \"rtmp://push.example.com/live/${STANDIN_TEST_KEY}\"}\n")
        #expect(channel.destinations[0].url == "rtmp://push.example.com/live/sk-from-env")
        let missing = try #require(throws: FileErrors.self) {
            try load("  - {name: main, url: \"rtmp://push.example.com/live/${STANDIN_NOT_SET_ANYWHERE}\"}\n")
        }
        #expect(missing.description.contains("STANDIN_NOT_SET_ANYWHERE is not set"))
        #expect(missing.errors.first?.field == "url")
    }

    @Test func aBadURLIsReportedWithoutItsKey() throws {
        let error = try #require(throws: FileErrors.self) {
            try load("  - {name: main, url: \"http://push.example.com/live/sk-never-print-me\"}\n")
        }
        #expect(error.description.contains("must be an rtmp:// or rtmps:// URL"))
        #expect(!error.description.contains("sk-never-print-me"))
        let notFLV = try #require(throws: FileErrors.self) { try load("  - {name: rec, url: out/room.mp4}\n") }
        #expect(notFLV.description.contains(".flv"))
    }
}

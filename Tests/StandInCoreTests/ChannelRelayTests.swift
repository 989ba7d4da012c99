import Foundation
import Testing
@testable import StandInCore
import TestSupport

/// The channel's `relay:` section and each shift's `mode`: defaults, overrides, and errors
/// that name file, line and field (and never the ingest URL's stream key).
@Suite("Channel relay settings")
struct ChannelRelayTests {
    let folder: TemporaryFolder
    let head = """
        persona: persona.yaml
        catalog: catalog.yaml
        time_zone: Asia/Shanghai
        handoff: {before: "Lily joins at {{time}}", welcome_back: "Welcome back"}

        """

    init() throws { folder = try TemporaryFolder() }

    func load(_ yaml: String) throws -> Channel { try Channel.load(from: folder.write("channel.yaml", head + yaml)) }

    func errors(_ yaml: String) throws -> [FileError] {
        try #require(throws: FileErrors.self) { try load(yaml) }.errors
    }

    @Test func shiftsAreRelayedWhenTheChannelHasARelaySectionUnlessOneSaysYield() throws {
        let channel = try load("""
            relay: {ingest: "rtmp://127.0.0.1:1935/ingest/room-1", stall_ms: 800, stable_s: 5, take_early_s: 300, bridge_line: "{{host}} is back soon"}
            shifts:
              weekly:
                - {days: mon-fri, start: "19:00", end: "21:00", host: Lily}
                - {days: sat, start: "19:00", end: "21:00", host: Jay, mode: yield}
              exceptions:
                - {date: 2026-12-06, start: "10:00", end: "11:00", host: Lily, mode: relay}
            """)
        let relay = try #require(channel.relay)
        #expect(relay.ingest == "rtmp://127.0.0.1:1935/ingest/room-1")
        #expect(relay.stallMilliseconds == 800 && relay.stableSeconds == 5 && relay.takeEarlySeconds == 300)
        #expect(relay.bridgeLine == "{{host}} is back soon" && relay.arrivalLine == nil)
        #expect(channel.shifts.map(\.mode) == [.relay, .yield, .relay])
    }

    @Test func withoutARelaySectionEveryShiftYieldsAndDefaultsApply() throws {
        let plain = try load("shifts: {weekly: [{days: daily, start: \"19:00\", end: \"20:00\", host: Lily}]}\n")
        #expect(plain.relay == nil)
        #expect(plain.shifts.map(\.mode) == [.yield])
        let defaults = try #require(try load("relay: {ingest: \"rtmp://ingest.local/in/room\"}\n").relay)
        #expect(defaults.stallMilliseconds == 500 && defaults.stableSeconds == 3 && defaults.takeEarlySeconds == 0)
        #expect(defaults.bridgeLine == nil && defaults.arrivalLine == nil)
    }

    @Test func mistakesNameLineAndField() throws {
        let relayShiftWithoutIngest = try errors("""
            shifts:
              weekly:
                - {days: daily, start: "19:00", end: "20:00", host: Lily, mode: relay}
            """)
        #expect(relayShiftWithoutIngest.map(\.field) == ["mode"])
        #expect(relayShiftWithoutIngest.first?.line == 7)
        #expect(relayShiftWithoutIngest.first?.description.contains("no relay: section") == true)

        let badMode = try errors("""
            relay: {ingest: "rtmp://127.0.0.1/ingest/room"}
            shifts: {exceptions: [{date: 2026-12-06, start: "10:00", end: "11:00", host: Lily, mode: relayed}]}
            """)
        #expect(badMode.map(\.field) == ["mode"] && badMode.first?.line == 6)
        #expect(badMode.first?.context == "shift exception #1")

        let bad = try errors("""
            relay:
              ingest: "http://127.0.0.1/ingest/sk-do-not-print"
              stall_ms: 20
              stable: 3
            """)
        #expect(bad.map(\.field) == ["relay.ingest"])
        #expect(bad.first?.line == 6)
        #expect(bad.first?.description.contains("sk-do-not-print") == false)
        let ranges = try errors("relay: {ingest: \"rtmp://h/in/room\", stall_ms: 20}\n")
        #expect(ranges.map(\.field) == ["relay.stall_ms"] && ranges.first?.description.contains("between 100 and 10000") == true)
        let unknown = try errors("relay: {ingest: \"rtmp://h/in/room\", stable: 3}\n")
        #expect(unknown.map(\.field) == ["relay.stable"] && unknown.first?.description.contains("did you mean 'relay.stable_s'") == true)
        let noStream = try errors("relay: {ingest: \"rtmp://h/in\"}\n")
        #expect(noStream.map(\.field) == ["relay.ingest"])
    }

    @Test func theIngestKeyCanComeFromTheEnvironment() throws {
        setenv("STANDIN_TEST_INGEST_KEY", "sk-ingest", 1)
        let relay = try #require(try load("relay: {ingest: \"rtmp://127.0.0.1/ingest/${STANDIN_TEST_INGEST_KEY}\"}\n").relay)
        #expect(relay.ingest == "rtmp://127.0.0.1/ingest/sk-ingest")
        #expect(relay.redactedIngest == "rtmp://127.0.0.1/ingest/****")
    }

    @Test func aDestinationThatIsTheIngestIsRefusedWithoutPrintingTheKey() throws {
        let loop = try errors("""
            relay: {ingest: "rtmp://127.0.0.1:1935/ingest/room-secret-1"}
            destinations:
              - {name: platform, url: "rtmp://push.example.com/live/key-2"}
              - {name: echo, url: "rtmp://127.0.0.1:1935/ingest/room-secret-1"}
            """)
        #expect(loop.map(\.field) == ["url"])
        #expect(loop.first?.line == 8)
        #expect(loop.first?.context == "destination 'echo'")
        #expect(loop.first?.problem.contains("line 5") == true, "\(loop)")
        #expect(!"\(loop)".contains("room-secret-1"))
    }
}

import Foundation
import Logging
import MediaIO
@testable import Playout
import Scheduler
import StandInCore
import TestSupport

/// The live engine in-process for scenario tests: a small demo channel (180x320, the demo
/// persona and catalog, optionally a shift on 2026-12-01 in Asia/Shanghai), a `ManualClock`
/// (the engine is paced, but every wait jumps: a minute of stream takes seconds) and
/// `RecordingSinks` instead of RTMP. What aired is read back from the sinks (packets per
/// session) and the as-run log on disk.
final class EngineHarness: @unchecked Sendable {  // set up in init; `sinks` and the logs are thread-safe
    let folder: TemporaryFolder
    let clock: ManualClock
    let sinks: RecordingSinks
    let log = LogRecorder(echoPrefix: "engine", label: "standin.stream.test")
    let channel: Channel
    let persona: Persona
    let catalog: Catalog
    /// The wall time the clock starts at (2026-12-01, +08:00): the channel's epoch.
    let start: Date

    /// `shift`: "HH:MM-HH:MM" on 2026-12-01 (Asia/Shanghai), yielded, or relayed with `relay`
    /// (its stable_s and take_early_s; the feed is what `feed` makes). `onSend` sees every
    /// packet on the send stage's thread, as it leaves (a test acts at a stream position).
    /// `start`: the time of day the clock starts at (the epoch, sample 0).
    init(start: String = "10:00:00", shift: String? = nil, relay: (stableSeconds: Int, takeEarlySeconds: Int)? = nil, state: String = "state",
         onSend: (@Sendable (EncodedPacket) -> Void)? = nil) throws {
        folder = try TemporaryFolder()
        var yaml = """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            video: {size: 180x320, fps: 30}
            audio: {music_bed: builtin, music_gain_db: -14}
            handoff:
              before: 今晚的主播{{host}}会在{{time}}来，大家不要走开哦。
              welcome_back: 欢迎回来，我是小林，我们接着看好东西。
            destinations:
              - {name: main, url: "rtmp://127.0.0.1:1/live/sk-never-opened"}
              - {name: recording, url: rec/room.flv}

            """
        if let relay {
            yaml += "relay: {ingest: \"rtmp://127.0.0.1:1/live/host-never-opened\", stall_ms: 500, "
                + "stable_s: \(relay.stableSeconds), take_early_s: \(relay.takeEarlySeconds)}\n"
        }
        if let shift {
            let times = shift.split(separator: "-")
            yaml += "shifts:\n  exceptions:\n    - {date: 2026-12-01, start: \"\(times[0])\", end: \"\(times[1])\", host: Lily}\n"
        }
        let path = try folder.write("channel.yaml", yaml)
        channel = try Channel.load(from: path)
        persona = try Persona.load(from: channel.personaPath)
        catalog = try Catalog.load(from: channel.catalogPath)
        self.start = ISO8601DateFormatter().date(from: "2026-12-01T\(start)+08:00")!
        clock = ManualClock(wallAtZero: self.start)
        sinks = RecordingSinks(onSend: onSend)
        self.state = folder.path(state)
    }

    /// The state folder (stream-state.json, asrun/, on-air.json).
    var state: String

    /// An engine on this harness's clock and sinks, stopping after `seconds` of stream; a
    /// relayed shift's host publishes during `feed` (clock time from the start).
    func engine(seconds: Int, state: String? = nil, clock: ManualClock? = nil, feed: [Range<Duration>] = [],
                _ adjust: (inout LiveOptions) -> Void = { _ in }) throws -> LiveEngine {
        var options = LiveOptions(stateFolder: state ?? self.state)
        let clock = clock ?? self.clock
        options.clock = clock
        options.makeRelayFeed = { _, input in ScriptedFeed(clock: clock, windows: feed, input: input) }
        options.makeSink = sinks.make
        options.maxStreamSeconds = seconds
        options.preset = "ultrafast"
        options.encoderThreads = 1
        options.lookaheadSeconds = 1
        options.statusEverySeconds = 5
        adjust(&options)
        return try LiveEngine(channel: channel, persona: persona, catalog: catalog, options: options, logger: log.logger)
    }

    /// The as-run log on disk.
    func asRun(_ state: String? = nil) throws -> [AsRunRecord] {
        try AsRunLog.read(folder: (state ?? self.state) + "/asrun")
    }

    /// A wall-clock instant `seconds` after the clock's start.
    func date(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
}

extension RecordingPacketSink {
    /// Packets of one kind, in the order sent.
    func packets(_ kind: EncodedPacket.Kind) -> [EncodedPacket] { packets.filter { $0.kind == kind } }
}

extension [AsRunRecord] {
    /// `kind@start+length` per entry, for failure messages.
    var summary: String { map { "\($0.kind.rawValue)@\($0.start / 48)ms+\($0.length / 48)ms\($0.interrupted == true ? "!" : "")" }.joined(separator: " ") }
}

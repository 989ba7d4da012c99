import Foundation
import TestSupport

/// A small demo channel on loopback for live tests: 180x320, the demo persona and catalog,
/// destinations on a test nginx-rtmp (two applications) and a local FLV recording, and
/// optionally a one-minute human shift. Stream keys are unique per fixture so a test can
/// grep every output for them.
struct LiveFixture {
    let folder: TemporaryFolder
    let server: RTMPServer
    let mainKey = "sk-e2e-main-\(UInt32.random(in: 0...UInt32.max))"
    let backupKey = "sk-e2e-backup-\(UInt32.random(in: 0...UInt32.max))"
    let channelPath: String
    var statePath: String { folder.path("state") }
    var recordingFolder: String { folder.path("rec") }

    /// Where a relayed shift's host publishes (on the same test server).
    var ingestURL: String { server.url(app: "live", stream: ingestStream) }
    var ingestStream: String { "host-\(mainKey.suffix(6))" }

    /// `shift` is "HH:MM-HH:MM" on 2026-12-01 (Asia/Shanghai), or nil for none; with
    /// `relayStableSeconds` the channel relays it from `ingestURL` (taking a feed up to
    /// `takeEarlySeconds` before the shift).
    init(shift: String? = nil, relayStableSeconds: Int? = nil, takeEarlySeconds: Int = 0) throws {
        folder = try TemporaryFolder()
        server = try RTMPServer()
        try server.start()
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
              - {name: main, url: "\(server.url(app: "live", stream: mainKey))"}
              - {name: backup, url: "\(server.url(app: "backup", stream: backupKey))"}
              - {name: recording, url: rec/room.flv}

            """
        if let relayStableSeconds {
            let ingest = server.url(app: "live", stream: "host-\(mainKey.suffix(6))")   // = ingestURL
            yaml += "relay: {ingest: \"\(ingest)\", stall_ms: 500, stable_s: \(relayStableSeconds), take_early_s: \(takeEarlySeconds)}\n"
        }
        if let shift {
            let times = shift.split(separator: "-")
            yaml += "shifts:\n  exceptions:\n    - {date: 2026-12-01, start: \"\(times[0])\", end: \"\(times[1])\", host: Lily}\n"
        }
        channelPath = try folder.write("channel.yaml", yaml)
    }

    /// `standin stream` on a simulated clock from `from` (2026-12-01, +08:00) at `speed`.
    func stream(from: String, speed: Double, seconds: Int, log: String) throws -> BackgroundProcess {
        try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channelPath, "--state", statePath, "--from", "2026-12-01T\(from)+08:00",
            "--speed", "\(speed)", "--duration", "\(seconds)", "--status-every", "5", "--lookahead", "1",
        ], logPrefix: folder.path(log))
    }

    /// The as-run log's records as JSON objects, in file order.
    func asRun() throws -> [[String: Any]] {
        let folder = statePath + "/asrun"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        return try names.flatMap { name in
            try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n").map { line in
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            }
        }
    }

    /// The recordings, oldest first (one per publishing session).
    func recordings() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: recordingFolder).filter { $0.hasSuffix(".flv") }.sorted()
            .map { recordingFolder + "/" + $0 }
    }

    /// Everything StandIn wrote that a person could read: its logs, the as-run log, its
    /// state (the test's own ffmpeg readers, which print the URL they read, are left out).
    func allText() throws -> String {
        var text = ""
        let enumerator = FileManager.default.enumerator(atPath: folder.url.path)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".err") || name.hasSuffix(".out") || name.hasSuffix(".jsonl") || name.hasSuffix(".json") else { continue }
            guard !name.hasPrefix("reader-") else { continue }
            text += "\n== \(name)\n" + ((try? String(contentsOfFile: folder.path(name), encoding: .utf8)) ?? "")
        }
        return text
    }
}

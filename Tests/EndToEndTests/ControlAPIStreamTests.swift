import Compositor
import Foundation
@testable import Playout
import StandInCore
import Testing
import TestSupport

/// The control API inside a real `standin stream`: viewers' questions posted over HTTP are
/// answered on air (as-run log, decoded audio and caption), a blocked answer never airs,
/// and an operator's injection and skip are applied and recorded with who asked.
@Suite("Control API in a live stream", .serialized)
struct ControlAPIStreamTests {
    static let token = "qa-token-\(UInt64.random(in: 1...UInt64.max))"
    static let goodQuestion = "明前龙井能放多久？"          // names the product: answered whatever is on air
    static let goodAnswer = "没开封的话，放在阴凉干燥的地方可以保存十八个月，开封后建议三个月内喝完。"
    static let blockedQuestion = "这是不是最好的龙井？"
    static let blockedAnswer = "这是全网最好的龙井，没有之一。"

    /// The demo catalog with one FAQ answer that breaks the absolute-claim rule.
    static func catalog(in folder: TemporaryFolder) throws -> String {
        var text = try String(contentsOfFile: repositoryPath("assets/demo/catalog.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "image: images/", with: "image: \(repositoryPath("assets/demo/images"))/")
        text = text.replacingOccurrences(of: """
                  - q: "可以冷泡吗？"
            """, with: """
                  - q: "\(blockedQuestion)"
                    a: "\(blockedAnswer)"
                  - q: "可以冷泡吗？"
            """)
        #expect(text.contains(blockedAnswer))
        return try folder.write("catalog.yaml", text)
    }

    struct Run {
        let folder: TemporaryFolder
        let port: Int
        let process: BackgroundProcess

        init(seconds: Int) throws {
            folder = try TemporaryFolder()
            port = try Loopback.freePort()
            let catalog = try ControlAPIStreamTests.catalog(in: folder)
            let channel = try folder.write("tea-room.yaml", """
                persona: \(repositoryPath("personas/xiaolin.yaml"))
                catalog: \(catalog)
                time_zone: Asia/Shanghai
                video: {size: 180x320, fps: 30}
                audio: {music_bed: builtin, music_gain_db: -24}
                handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
                destinations:
                  - {name: recording, url: rec/room.flv}
                api:
                  listen: 127.0.0.1:\(port)
                  tokens:
                    - {name: qa-desk, token: "\(ControlAPIStreamTests.token)"}
                """)
            process = try BackgroundProcess(standinBinary(), [
                "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T10:00:00+08:00",
                "--duration", "\(seconds)", "--lookahead", "1", "--status-every", "5",
            ], logPrefix: folder.path("stream"))
        }

        /// curl with the bearer token; the response body.
        func call(_ method: String, _ path: String, json: String? = nil) throws -> String {
            var arguments = ["-s", "-X", method, "-H", "Authorization: Bearer \(ControlAPIStreamTests.token)"]
            if let json { arguments += ["-H", "Content-Type: application/json", "-d", json] }
            return try TestSupport.run("curl", arguments + ["http://127.0.0.1:\(port)\(path)"]).stdoutText
        }

        func waitForAPI() throws {
            for _ in 0..<100 {
                if try call("GET", "/status").contains("\"channel\":\"tea-room\"") { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("the control API did not answer within 10 s; log:\n\(process.stderr)")
        }

        func asRun() throws -> [AsRunRecord] { try AsRunLog.read(folder: folder.path("state/asrun")) }

        /// Waits until the engine's log has a line containing `text`.
        func waitForLog(_ text: String, seconds: Int) throws {
            for _ in 0..<(seconds * 10) {
                if process.stderr.contains(text) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("the log never said '\(text)':\n\(process.stderr)")
        }

        /// Waits until `/status` shows `text` (up to `seconds`).
        func waitForStatus(containing text: String, seconds: Int) throws {
            for _ in 0..<(seconds * 10) {
                if try call("GET", "/status").contains(text) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("/status never showed \(text); log:\n\(process.stderr)")
        }
    }

    @Test("questions posted over HTTP are answered on air; the blocked answer never airs")
    func questionsAnswered() throws {
        let run = try Run(seconds: 32)
        try run.waitForAPI()
        try run.waitForStatus(containing: #""block":"virtual""#, seconds: 15)
        let asked = try run.call("POST", "/questions", json: #"{"viewer": "小明", "text": "\#(Self.goodQuestion)"}"#)
        #expect(asked.contains("\"outcome\":\"queued\""), "\(asked)")
        try run.waitForLog("answer on air", seconds: 15)
        Thread.sleep(forTimeInterval: 8)   // past the first answer (~7 s): the second's latency is its own
        // A display name with a messaging id: neither shown nor said, and marked as a viewer's in the as-run.
        _ = try run.call("POST", "/questions", json: #"{"viewer": "阿花 vx:ahua8899", "text": "\#(Self.blockedQuestion)"}"#)
        #expect(run.process.wait(timeout: .seconds(90)) == 0, "\(run.process.stderr)")

        let records = try run.asRun()
        let lines = records.flatMap(\.lines)
        let answers = records.flatMap { record in (record.events ?? []).filter { $0.kind == .answer }.map { (record, $0) } }
        #expect(answers.count == 2, "answer events: \(answers.map(\.1))")
        #expect(lines.contains("@小明，" + Self.goodAnswer))
        #expect(!lines.joined().contains("全网最好"), "the blocked FAQ answer aired")
        let blocked = try #require(answers.first { $0.1.by == "viewer:阿花 vx:ahua8899" })
        #expect(blocked.1.detail?.contains("check later") == true, "\(blocked.1)")
        // The question holds an absolute claim and the name a messaging id: the detail says why it is not shown.
        #expect(blocked.1.detail?.contains("(question not shown: contact, guardrail)") == true, "\(blocked.1)")
        #expect(!lines.joined().contains("ahua8899") && !lines.joined().contains("阿花"), "the name with a messaging id aired")
        #expect(blocked.0.blocked.contains { $0.contains("absolute-claim") && $0.contains("faq") },
                "the as-run log names the rule of the FAQ answer kept off air: \(blocked.0.blocked)")

        // Latency, as the engine measured it when the answer's first sample was sent.
        let latencies = run.process.stderr.split(separator: "\n").filter { $0.contains("answer on air") }
            .compactMap { $0.split(separator: " ").first { $0.hasPrefix("latency_ms=") }.flatMap { Int($0.dropFirst(11)) } }
        #expect(latencies.count == 2)
        // Budget: answers break into sentences (--answer-at word): the 0.5 s boundary margin, up
        // to 0.6 s waiting for a comma pause, a word, no breaks in a segment's last second, and
        // slack for a debug build on a busy machine (seen: 1.0 s and 2.5 s). The release
        // benchmark (scripts/bench-questions) measures the median.
        #expect(latencies.allSatisfy { $0 < 5_000 }, "latencies \(latencies) ms")

        // The recording: speech in the answer's first second, and the question shown above the answer.
        let (record, event) = try #require(answers.first { $0.1.by == "viewer:小明" })
        let origin = record.start - record.ptsStart
        let seconds = Double(event.position - origin) / 48_000
        let recording = try #require(try FileManager.default.contentsOfDirectory(atPath: run.folder.path("rec")).first)
        let wav = run.folder.path("answer.wav")
        let cut = try TestSupport.run("ffmpeg", ["-v", "error", "-y", "-ss", "\(seconds)", "-t", "1.5", "-i", run.folder.path("rec/\(recording)"),
                                                 "-ac", "1", "-ar", "48000", wav])
        #expect(cut.status == 0, "\(cut.stderr)")
        let audio = try DecodedAudio(path: wav)
        #expect(audio.rms(0..<min(audio.samples.count, 72_000)) > 0.02, "answer audio RMS")

        try checkCaption(recording: run.folder.path("rec/\(recording)"), at: seconds + 1, productID: record.productID, folder: run.folder)
    }

    /// The decoded caption band matches the question-and-answer caption better than the answer alone.
    private func checkCaption(recording: String, at seconds: Double, productID: String?, folder: TemporaryFolder) throws {
        let video = VideoSettings(width: 180, height: 320, fps: 30)
        let raw = folder.path("frame.rgb")
        let extract = try TestSupport.run("ffmpeg", ["-v", "error", "-y", "-ss", "\(seconds)", "-i", recording, "-frames:v", "1",
                                                     "-f", "rawvideo", "-pix_fmt", "rgb24", raw])
        #expect(extract.status == 0, "\(extract.stderr)")
        let frame = try [UInt8](Data(contentsOf: URL(fileURLWithPath: raw)))
        try #require(frame.count == video.width * video.height * 3)
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let catalog = try Catalog.load(from: try Self.catalog(in: folder))
        let scene = try catalog.product(id: productID ?? "").map { try SceneSpec(persona: persona, product: $0, catalog: catalog, video: video) }
            ?? SceneSpec(video: video, look: persona.look, aiLabel: persona.aiLabel, card: nil,
                         sprites: try persona.look.spritePack.map { try SpriteImages(decoding: $0) })
        let compositor = try FrameCompositor(scene: scene, text: TextRenderer())
        let caption = compositor.changingRegions[2]
        func distance(to text: String) -> Int {
            let image = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: text))
            var total = 0
            for y in caption.y..<caption.y + caption.height {
                for x in caption.x..<caption.x + caption.width {
                    let p = image.pixel(x: x, y: y), offset = (y * video.width + x) * 3
                    total += abs(Int(frame[offset]) - Int(p.r)) + abs(Int(frame[offset + 1]) - Int(p.g)) + abs(Int(frame[offset + 2]) - Int(p.b))
                }
            }
            return total
        }
        let withQuestion = distance(to: "小明问：\(Self.goodQuestion) @小明，\(Self.goodAnswer)")
        let answerOnly = distance(to: "@小明，\(Self.goodAnswer)")
        #expect(withQuestion * 2 < answerOnly, "caption distance with the question \(withQuestion), answer only \(answerOnly)")
    }

    @Test("an injected flash deal and a skip are applied at a boundary and logged with who asked")
    func injectAndSkip() throws {
        // Both at once: the injection ends the segment on air at its next boundary, the skip then
        // cuts the flash deal at its first. (Each alone, and pause/resume, at the times they name:
        // PlayoutTests/EngineScenarioTests, in-process in seconds.)
        let run = try Run(seconds: 12)
        try run.waitForAPI()
        let injected = try run.call("POST", "/inject", json: #"{"kind": "flash_deal", "product": "honey-04"}"#)
        #expect(injected.contains("\"what\":\"inject\""), "\(injected)")
        #expect(try run.call("POST", "/skip").contains("\"what\":\"skip\""))
        try run.waitForStatus(containing: "\"destinations\":[{", seconds: 10)
        #expect(run.process.wait(timeout: .seconds(90)) == 0, "\(run.process.stderr)")

        let records = try run.asRun()
        let deal = try #require(records.first { $0.kind == .flashDeal }, "no flash deal aired: \(records.map(\.kind))")
        #expect(deal.productID == "honey-04")
        #expect(deal.events?.contains { $0.kind == .inject && $0.by == "operator:qa-desk" } == true)
        let skips = records.flatMap { $0.events ?? [] }.filter { $0.kind == .skip }
        #expect(skips.count == 1 && skips.first?.by == "operator:qa-desk")
        // The timeline has no gap: each entry starts where the one before ended.
        for (before, after) in zip(records, records.dropFirst()) { #expect(after.start == before.start + before.length) }
        let metrics = try run.call("GET", "/metrics")   // the process has ended: nothing answers
        #expect(metrics.isEmpty)
        let errors = run.process.stderr.split(separator: "\n").filter { $0.contains(" error ") }
        #expect(errors.isEmpty, "the server's shutdown logged errors: \(errors)")
    }
}

import Compositor
import Foundation
@testable import Playout
import StandInCore
import Testing
import TestSupport

/// Viewers' comments in a real `standin stream`: a signed webhook (curl, the secret from the
/// environment) and Twitch-style IRC chat on a real ngIRCd. Questions typed at either source
/// are answered on air; a wrong signature is refused; a flood is answered at the configured
/// rate; the IRC server dropping and coming back reconnects the source while the stream
/// goes on.
@Suite("Comments in a live stream", .serialized)
struct CommentsStreamTests {
    static let token = "qa-token-\(UInt64.random(in: 1...UInt64.max))"
    static let secret = "hook-\(UInt64.random(in: 1...UInt64.max))-secret"
    static let answerEvery = 6

    struct Run {
        let folder: TemporaryFolder
        let port: Int
        let irc: IRCServer
        let process: BackgroundProcess

        init(seconds: Int) throws {
            folder = try TemporaryFolder()
            port = try Loopback.freePort()
            irc = try IRCServer()
            var catalog = try String(contentsOfFile: repositoryPath("assets/demo/catalog.yaml"), encoding: .utf8)
            catalog = catalog.replacingOccurrences(of: "image: images/", with: "image: \(repositoryPath("assets/demo/images"))/")
            let channel = try folder.write("tea-room.yaml", """
                persona: \(repositoryPath("personas/xiaolin.yaml"))
                catalog: \(try folder.write("catalog.yaml", catalog))
                time_zone: Asia/Shanghai
                video: {size: 180x320, fps: 30}
                audio: {music_bed: builtin, music_gain_db: -24}
                handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
                destinations:
                  - {name: recording, url: rec/room.flv}
                api:
                  listen: 127.0.0.1:\(port)
                  tokens:
                    - {name: qa-desk, token: "\(CommentsStreamTests.token)"}
                comments:
                  answer_every_seconds: \(CommentsStreamTests.answerEvery)
                  per_viewer_minutes: 10
                  react_every_seconds: 5
                  sources:
                    - {name: shop, type: webhook, secret_env: STANDIN_E2E_HOOK_SECRET}
                    - {name: chat, type: twitch, server: "127.0.0.1:\(irc.port)", channel: shop, nick: standin}
                """)
            var environment = ProcessInfo.processInfo.environment
            environment["STANDIN_E2E_HOOK_SECRET"] = CommentsStreamTests.secret
            process = try BackgroundProcess(standinBinary(), [
                "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T10:00:00+08:00",
                "--duration", "\(seconds)", "--lookahead", "1", "--status-every", "5",
            ], environment: environment, logPrefix: folder.path("stream"))
        }

        func status() throws -> String {
            try TestSupport.run("curl", ["-s", "-H", "Authorization: Bearer \(CommentsStreamTests.token)",
                                         "http://127.0.0.1:\(port)/status"]).stdoutText
        }

        /// `/status`'s `comments` object, decoded (keys come in any order).
        func comments() throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(try status().utf8)) as? [String: Any]
            return object?["comments"] as? [String: Any] ?? [:]
        }

        /// The IRC source's status.
        func chat() throws -> [String: Any] {
            ((try comments()["sources"] as? [[String: Any]]) ?? []).first { $0["name"] as? String == "chat" } ?? [:]
        }

        func waitFor(_ seconds: Int, _ condition: () throws -> Bool) throws -> Bool {
            for _ in 0..<(seconds * 10) {
                if (try? condition()) == true { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }

        /// Posts `body` to the webhook as a sender would with curl and openssl (docs/comments.md);
        /// returns the HTTP status and body.
        func webhook(_ body: String, secret: String = CommentsStreamTests.secret) throws -> String {
            let script = """
                ts=$(date +%s)
                sig=$(printf '%s.%s' "$ts" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')
                curl -s -w ' %{http_code}' -X POST "http://127.0.0.1:\(port)/comments/shop" -H "X-StandIn-Timestamp: $ts" \
                  -H "X-StandIn-Signature: sha256=$sig" -H 'Content-Type: application/json' --data-binary "$BODY"
                """
            var environment = ProcessInfo.processInfo.environment
            environment["BODY"] = body
            environment["SECRET"] = secret
            return try TestSupport.run("/bin/bash", ["-c", script], environment: environment).stdoutText
        }

        func asRun() throws -> [AsRunRecord] { try AsRunLog.read(folder: folder.path("state/asrun")) }
    }

    static func comment(_ viewer: String, _ text: String) -> String {
        #"{"type": "comment", "viewer": {"id": "\#(viewer)", "name": "\#(viewer)"}, "text": "\#(text)"}"#
    }

    @Test("questions from a webhook and from IRC are answered on air, a flood at the configured rate, IRC reconnects")
    func commentsAnswered() throws {
        let run = try Run(seconds: 75)
        let live = try run.waitFor(20) { try run.chat()["state"] as? String == "live" }
        #expect(live, "\(run.process.stderr)")

        // A wrong signature is refused; the signed question is taken.
        #expect(try run.webhook(#"{"events": [\#(Self.comment("u0", "龙井能放多久？"))]}"#, secret: "not-the-secret").hasSuffix(" 401"))
        let taken = try run.webhook(#"{"events": [\#(Self.comment("小明", "明前龙井能放多久？"))]}"#)
        #expect(taken.hasSuffix(" 202") && taken.contains(#""accepted":1"#), "\(taken)")

        // A question typed into the IRC channel by another client.
        let viewer = try run.irc.client(nick: "mia", joining: "shop")
        viewer.send("PRIVMSG #shop :马克杯可以放微波炉吗？\r\n")

        // The IRC server drops and comes back: the source reconnects, the stream goes on.
        Thread.sleep(forTimeInterval: 12)
        try run.irc.kill()
        #expect(try run.waitFor(10) { try run.chat()["state"] as? String == "backoff" })
        try run.irc.start()
        let back = try run.waitFor(20) { try run.chat()["state"] as? String == "live" && run.chat()["reconnects"] as? Int == 1 }
        #expect(back, "\((try? run.status()) ?? "")")
        let again = try run.irc.client(nick: "lee", joining: "shop")
        again.send("PRIVMSG #shop :围巾能用洗衣机洗吗？\r\n")

        // A flood: 200 comments in 10 s from 100 viewers (questions, chit-chat, repeats).
        let texts = ["蜂蜜结晶了还能吃吗？", "主播好漂亮", "杯子能装多少毫升？", "666", "一罐茶叶有几克？", "这条围巾是什么面料？", "哈哈哈"]
        let floodStart = Date()
        for batch in 0..<20 {
            let events = (0..<10).map { i -> String in
                let n = batch * 10 + i
                return Self.comment("fan\(n % 100)", texts[n % texts.count])
            }
            _ = try run.webhook(#"{"events": [\#(events.joined(separator: ","))]}"#)
            Thread.sleep(until: floodStart.addingTimeInterval(Double(batch + 1) * 0.5))
        }
        let gift = try run.webhook(#"{"events": [{"type": "gift", "viewer": {"id": "g1", "name": "阿杰"}, "gift": "玫瑰", "count": 1}]}"#)
        #expect(gift.hasSuffix(" 202"))
        let choices = try run.comments()["choices"] as? [String: Int] ?? [:]
        #expect(choices["chit_chat", default: 0] > 0 && choices["merged", default: 0] > 0, "\(choices)")
        #expect(run.process.wait(timeout: .seconds(120)) == 0, "\(run.process.stderr)")

        let records = try run.asRun()
        let answers = records.flatMap { ($0.events ?? []).filter { $0.kind == .answer } }
        let byViewer = Dictionary(grouping: answers, by: \.by)
        #expect(byViewer["viewer:小明"]?.first?.detail?.contains("faq tea-01#1") == true, "\(answers)")
        #expect(byViewer["viewer:mia"]?.first?.detail?.contains("faq mug-02#1") == true, "\(answers)")
        #expect(byViewer["viewer:lee"]?.first?.detail?.contains("faq scarf-03") == true, "\(answers)")
        #expect(records.flatMap(\.lines).contains { $0.hasPrefix("@小明，") })
        #expect(answers.contains { $0.detail?.contains("reaction gift") == true }, "\(answers)")
        // Answers to comments (not reactions) never closer than the interval on air, a merged one among them.
        let questions = answers.filter { !($0.detail?.contains("reaction") ?? false) }
        let times = questions.map(\.position).sorted()
        let gaps = zip(times, times.dropFirst()).map { Double($1 - $0) / 48_000 }
        #expect(gaps.allSatisfy { $0 >= Double(Self.answerEvery) - 1.5 }, "gaps between answers \(gaps) s")
        let floodAnswers = questions.filter { $0.by.contains("fan") }
        #expect(floodAnswers.count >= 2 && floodAnswers.count <= 60 / Self.answerEvery + 1, "\(floodAnswers.count) flood answers: \(floodAnswers)")
        #expect(floodAnswers.contains { $0.by.contains(", ") }, "a merged question names several askers: \(floodAnswers.map(\.by))")
        let tally = records.compactMap(\.comments).reduce(into: [String: Int]()) { $0.merge($1, uniquingKeysWith: +) }
        #expect(tally["chit_chat", default: 0] >= 80 && tally["chosen", default: 0] >= 4 && tally["request_refused"] == 1, "\(tally)")
        // One continuous stream: the as-run entries tile the output timeline.
        let ordered = records.sorted { $0.ptsStart < $1.ptsStart }
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0.ptsEnd == $1.ptsStart }, "\(ordered.map { ($0.ptsStart, $0.ptsEnd) })")
        #expect(!run.process.stderr.contains(Self.secret), "the webhook secret was logged")

        // The answer to the question typed into IRC, in the recording: speech, and the caption
        // showing the viewer's question above the answer (decoded pixels).
        let record = try #require(records.first { $0.events?.contains { $0.by == "viewer:mia" } == true })
        let event = try #require(record.events?.first { $0.by == "viewer:mia" })
        let seconds = Double(event.position - (record.start - record.ptsStart)) / 48_000
        let recording = try #require(try FileManager.default.contentsOfDirectory(atPath: run.folder.path("rec")).first)
        let wav = run.folder.path("answer.wav")
        let cut = try TestSupport.run("ffmpeg", ["-v", "error", "-y", "-ss", "\(seconds)", "-t", "1.5", "-i",
                                                 run.folder.path("rec/\(recording)"), "-ac", "1", "-ar", "48000", wav])
        #expect(cut.status == 0, "\(cut.stderr)")
        let audio = try DecodedAudio(path: wav)
        #expect(audio.rms(0..<min(audio.samples.count, 72_000)) > 0.02, "answer audio RMS")
        let answer = "@mia，可以，白瓷没有金属描边，微波炉和洗碗机都能用。"
        #expect(record.lines.contains(answer), "\(record.lines)")
        try Self.checkCaption(recording: run.folder.path("rec/\(recording)"), at: seconds + 1, productID: record.productID,
                              folder: run.folder, shown: "mia问：马克杯可以放微波炉吗？ " + answer, answerOnly: answer)
    }

    /// The decoded caption band matches the question-and-answer caption better than the answer alone.
    static func checkCaption(recording: String, at seconds: Double, productID: String?, folder: TemporaryFolder,
                             shown: String, answerOnly: String) throws {
        let video = VideoSettings(width: 180, height: 320, fps: 30)
        let raw = folder.path("frame.rgb")
        let extract = try TestSupport.run("ffmpeg", ["-v", "error", "-y", "-ss", "\(seconds)", "-i", recording, "-frames:v", "1",
                                                     "-f", "rawvideo", "-pix_fmt", "rgb24", raw])
        #expect(extract.status == 0, "\(extract.stderr)")
        let frame = try [UInt8](Data(contentsOf: URL(fileURLWithPath: raw)))
        try #require(frame.count == video.width * video.height * 3)
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let catalog = try Catalog.load(from: folder.path("catalog.yaml"))
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
        let withQuestion = distance(to: shown), alone = distance(to: answerOnly)
        #expect(withQuestion * 2 < alone, "caption distance with the question \(withQuestion), answer only \(alone)")
    }
}

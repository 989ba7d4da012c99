import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Playout
import Scheduler
import StandInCore
import Testing
@testable import ControlAPI

@Suite("Control API routes")
struct RouteTests {
    @Test("commands are queued for the next boundary and named by the token that asked")
    func commands() async throws {
        let fixture = try APIFixture()
        try await fixture.test { client in
            let skip = try await client.call(.post, "/skip")
            #expect(skip.status == .accepted)
            #expect(skip.body.contains("next sentence boundary"))
            let inject = try await client.call(.post, "/inject", json: #"{"kind": "flash_deal", "product": "mug-02", "at": "2027-01-15T08:00:00Z"}"#)
            #expect(inject.status == .accepted, "\(inject.body)")
            #expect(inject.body.contains("first sentence boundary after 2027-01-15T08:00:00Z"))
        }
        #expect(fixture.desk.status().commandsWaiting == 2)
        let waiting = fixture.desk.waitingRequests
        #expect(waiting.map(\.command) == [.skip, .inject(.flashDeal, productID: "mug-02")])
        #expect(waiting.allSatisfy { $0.requestedBy == "ops-anna" })
        #expect(waiting[1].notBefore == fixture.desk.position(of: ISO8601DateFormatter().date(from: "2027-01-15T08:00:00Z")!))
    }

    @Test("pause, resume: 409 when it does not fit the state; a resume before the boundary withdraws the pause")
    func pauseAndResume() async throws {
        let fixture = try APIFixture()
        try await fixture.test { client in
            #expect(try await client.call(.post, "/resume").status == .conflict)
            #expect(try await client.call(.post, "/pause").status == .accepted)
            let again = try await client.call(.post, "/pause")
            #expect(again.status == .conflict)
            #expect(again.body.contains("already paused"))
            let skip = try await client.call(.post, "/skip")
            #expect(skip.status == .conflict)
            #expect(skip.body.contains("paused"))
            #expect(try await client.call(.post, "/resume").status == .accepted)
        }
        #expect(fixture.desk.status().commandsWaiting == 0)
        #expect(fixture.desk.status().paused == false)
    }

    @Test("bad input gets a 4xx with a message and leaves the desk as it was")
    func badInput() async throws {
        let fixture = try APIFixture()
        let long = String(repeating: "茶", count: 201)
        let cases: [(String, String, HTTPResponse.Status, String)] = [
            ("/inject", #"{"kind": "flash_deal", "product": "shoe-99"}"#, .unprocessableContent, "shoe-99"),
            ("/inject", #"{"kind": "flash_deal"}"#, .unprocessableContent, "presents a product"),
            ("/inject", #"{"kind": "hold"}"#, .unprocessableContent, "cannot be injected"),
            ("/inject", #"{"kind": "dance"}"#, .unprocessableContent, "'dance' is unknown"),
            ("/inject", #"{"product": "tea-01"}"#, .badRequest, "missing field 'kind'"),
            ("/inject", #"{"kind": "brand_story", "at": "tomorrow"}"#, .badRequest, "'at' must be an ISO 8601 time"),
            ("/inject", #"{"kind": "#, .badRequest, "not valid JSON"),
            ("/questions", #"{"viewer": "Mia", "text": "\#(long)"}"#, .unprocessableContent, "201 characters"),
            ("/questions", #"{"viewer": "Mia", "text": "  "}"#, .unprocessableContent, "empty"),
            ("/questions", #"{"viewer": "", "text": "hi"}"#, .unprocessableContent, "viewer"),
            ("/questions", #"{"viewer": 7, "text": "hi"}"#, .badRequest, "viewer"),
            ("/questions", "[]", .badRequest, "must be a JSON object"),
        ]
        try await fixture.test { client in
            for (uri, json, status, phrase) in cases {
                let answer = try await client.call(.post, uri, json: json)
                #expect(answer.status == status, "\(uri) \(json): \(answer.body)")
                #expect(answer.body.contains(phrase), "\(uri) \(json): \(answer.body)")
            }
            let huge = String(repeating: "x", count: 20_000)
            let tooBig = try await client.call(.post, "/questions", json: #"{"viewer": "Mia", "text": "\#(huge)"}"#)
            #expect(tooBig.status == .contentTooLarge)
            #expect(try await client.call(.get, "/asrun?since=yesterday").status == .badRequest)
            #expect(try await client.call(.get, "/asrun?limit=0").status == .badRequest)
            #expect(try await client.call(.get, "/nowhere").status == .notFound)
        }
        #expect(fixture.desk.status().commandsWaiting == 0)
        #expect(fixture.desk.status().questionsWaiting == 0)
    }

    @Test("questions queue, duplicates merge, and /status counts them")
    func questions() async throws {
        let fixture = try APIFixture()
        try await fixture.test { client in
            let first = try await client.call(.post, "/questions", json: #"{"viewer": "小明", "text": "这个茶能放多久？"}"#)
            #expect(first.status == .accepted)
            #expect(first.body.contains("\"outcome\":\"queued\""))
            let again = try await client.call(.post, "/questions", json: #"{"viewer": "阿花", "text": "这个茶能放多久"}"#)
            #expect(again.body.contains("merged into"))
            let status = try await client.call(.get, "/status")
            let decoded = try JSONDecoder.iso8601.decode(LiveStatus.self, from: Data(status.body.utf8))
            #expect(decoded.questionsWaiting == 1)
            #expect(decoded.channel == "tea-room")
        }
    }

    @Test("/asrun returns the log as JSON Lines, filtered by since and limit")
    func asRun() async throws {
        let fixture = try APIFixture()
        let log = try AsRunLog(folder: fixture.asRunFolder, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<3 {
            try log.append(AsRunRecord(channel: "tea-room.yaml", index: index, kind: .intro, productID: "tea-01", host: nil,
                                       start: index * 480_000, length: 480_000,
                                       startTime: start.addingTimeInterval(Double(index * 10)),
                                       endTime: start.addingTimeInterval(Double(index * 10 + 10)),
                                       ptsStart: index * 480_000, ptsEnd: (index + 1) * 480_000, personaVersion: "p 1",
                                       lines: ["line \(index)"], blocked: [], destinations: ["main"]))
        }
        try await fixture.test { client in
            let all = try await client.call(.get, "/asrun")
            #expect(all.status == .ok)
            #expect(all.body.split(separator: "\n").count == 3)
            let since = ISO8601DateFormatter().string(from: start.addingTimeInterval(15))
            let later = try await client.call(.get, "/asrun?since=\(since)")
            #expect(later.body.split(separator: "\n").count == 2)   // the entries ending after the instant
            let last = try await client.call(.get, "/asrun?limit=1")
            #expect(last.body.contains("line 2") && !last.body.contains("line 1"))
        }
    }

    @Test("/metrics speaks Prometheus text with the engine's counters")
    func metrics() async throws {
        let fixture = try APIFixture()
        try fixture.desk.ask(viewer: "Mia", text: "how long does the tea keep?")
        fixture.desk.metrics.framesEncoded.increment(by: 3)
        try await fixture.test { client in
            let metrics = try await client.call(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.body.contains("standin_frames_encoded_total 3"))
            #expect(metrics.body.contains(#"standin_questions_total{outcome="queued"} 1"#))
            #expect(metrics.body.contains("# TYPE standin_question_latency_seconds histogram"))
        }
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

import Foundation
import Logging
import MediaIO
import Testing
import TestSupport

@Suite("Repeated log lines")
struct RepeatedLineFilterTests {
    @Test("the first line passes, repeats within the window are counted, the next after it passes with the count")
    func repeatsAreCounted() {
        var filter = RepeatedLineFilter(window: 1_000)
        #expect(filter.admit("refused", at: 0) == 0)
        #expect(filter.admit("refused", at: 400) == nil)
        #expect(filter.admit("other", at: 500) == 0, "another line is not held back by the first")
        #expect(filter.admit("refused", at: 999) == nil)
        #expect(filter.admit("refused", at: 1_000) == 2)
        #expect(filter.admit("refused", at: 1_500) == nil)
    }

    @Test("past its capacity the filter forgets the line let through longest ago")
    func capacityForgetsTheOldest() {
        var filter = RepeatedLineFilter(window: 10_000, capacity: 2)
        #expect(filter.admit("a", at: 0) == 0)
        #expect(filter.admit("b", at: 1) == 0)
        #expect(filter.admit("c", at: 2) == 0)     // forgets "a"
        #expect(filter.admit("b", at: 3) == nil)
        #expect(filter.admit("a", at: 4) == 0, "'a' was forgotten, so it passes again")
    }
}

/// libav's own lines through swift-log: what a relay ingest whose server is down logs.
@Suite("libav log lines", .serialized)
struct LibAVLogTests {
    @Test("a refused RTMP connection logs through swift-log with libav's component, once per window")
    func refusedConnectionsLogOncePerWindow() throws {
        let recorder = LogRecorder(echoPrefix: "libav", label: "standin.libav.test")
        LibAVLog.route(to: recorder.logger, repeatWindow: .milliseconds(1_500))
        defer { LibAVLog.stopRouting() }
        let url = "rtmp://127.0.0.1:\(try Loopback.freePort())/live/nobody"
        for _ in 0..<3 { #expect(throws: (any Error).self) { try LiveInput(url: url, settings: LiveInputTests.settings) } }
        let refused = { recorder.all.filter { $0.contains("Connection refused") && $0.contains("component=tcp") } }
        #expect(refused().count == 1, "three refusals within the window log once: \(recorder.all)")
        #expect(refused().first?.hasPrefix("error ") == true)
        #expect(recorder.all.contains { $0.contains("component=rtmp") && $0.contains("Cannot open connection") })

        Thread.sleep(forTimeInterval: 1.6)
        #expect(throws: (any Error).self) { try LiveInput(url: url, settings: LiveInputTests.settings) }
        #expect(refused().count == 2)
        #expect(refused().last?.contains("repeated=2 more since it was last logged") == true, "\(refused())")
    }
}

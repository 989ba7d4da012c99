import Foundation
@testable import MediaIO
import StandInCore
import Testing
import TestSupport

/// libav's own lines pass through the same redaction as StandIn's: no URL key, no registered secret.
@Suite("libav log redaction", .serialized)
struct LibAVLogRedactionTests {
    @Test("URLs and registered secrets in libav's lines are hidden before they are logged", arguments: [
        ("Failed to update header with correct duration: rtmp://h/live/sk-abc-123-xyz", "rtmp://h/live/****"),
        ("Server error: publishing sk-abc-123-xyz refused", "Server error: publishing **** refused"),
        ("Connection to tcp://127.0.0.1:1935?tcp_nodelay=0 failed", "tcp://127.0.0.1:1935?****"),
    ])
    func libavLinesAreRedacted(line: String, shown: String) throws {
        let recorder = LogRecorder(echoPrefix: "libav", label: "standin.libav.redaction")
        LibAVLog.route(to: recorder.logger)
        defer { LibAVLog.stopRouting() }
        let redactor = SecretRedactor()
        redactor.register(url: "rtmp://push.example.com/live/sk-abc-123-xyz")
        LibAVLog.log(level: 16, component: "rtmp", message: line, redactor: redactor)
        let logged = try #require(recorder.all.last)
        #expect(logged.contains(shown), "\(logged)")
        #expect(!logged.contains("sk-abc-123-xyz") && !logged.contains("tcp_nodelay"), "\(logged)")
    }
}

import Foundation
@testable import Playout
import Testing

/// What the operator and `GET /status` see of a destination: the stalled state and the two counters.
@Suite("Destination status")
struct DestinationStatusTests {
    static func status(_ state: DestinationStatus.State, reconnects: Int = 1, attempts: Int = 4) -> DestinationStatus {
        DestinationStatus(name: "mirror", redactedURL: "rtmp://10.0.0.6/live/****", state: state, connectedSince: nil,
                          reconnects: reconnects, reconnectAttempts: attempts, droppedPackets: 90, bytesSent: 0,
                          bitrate: 0, lastError: "sending to 'rtmp://10.0.0.6/live/****' made no progress for 5.0 s")
    }

    @Test("a stalled destination says so in its status line and in /status, with recoveries and attempts apart")
    func stalled() throws {
        let status = Self.status(.stalled(since: Date(timeIntervalSinceNow: -7)))
        #expect(status.description.hasPrefix("mirror rtmp://10.0.0.6/live/**** stalled for 7 s 0.00 Mb/s reconnects 1/4 dropped 90"),
                "\(status.description)")
        let output = LiveStatus.Output(status)
        #expect(output.state == "stalled" && !output.connected)
        #expect(output.reconnects == 1 && output.reconnectAttempts == 4)
        let json = String(decoding: try JSONEncoder().encode(output), as: UTF8.self)
        #expect(json.contains(#""state":"stalled""#) && json.contains(#""reconnectAttempts":4"#), "\(json)")
    }

    @Test("live, backoff and the other states keep their names")
    func otherStates() {
        #expect(LiveStatus.Output(Self.status(.live)).state == "live")
        #expect(LiveStatus.Output(Self.status(.backoff(until: Date()))).state == "backoff")
        #expect(LiveStatus.Output(Self.status(.connecting)).state == "connecting")
        #expect(LiveStatus.Output(Self.status(.stopped)).state == "stopped")
    }
}

import Foundation
import Testing
import TestSupport
import Playout

/// `--duration` ends a run even when it ends inside a human shift (it used to wait the shift out).
@Suite("Duration inside a human shift")
struct DurationInShiftTests {
    @Test("a 3-second run started inside an hour-long yield shift stops within seconds")
    func stopsInsideTheShift() throws {
        let folder = try TemporaryFolder()
        let channel = try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            video: {size: 180x320, fps: 30}
            shifts:
              exceptions:
                - {date: 2026-12-01, start: "10:00", end: "11:00", host: Lily}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: rec/room.flv}
            """)
        let process = try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T10:20:00+08:00",
            "--duration", "3", "--lookahead", "1",
        ], logPrefix: folder.path("stream"))
        let status = process.wait(timeout: .seconds(30))
        #expect(status == 0, "still running after 30 s: \(process.stderr)")
        if status == nil { kill(process.pid, SIGKILL) }
        let human = try AsRunLog.read(folder: folder.path("state/asrun")).filter { $0.kind == .human }
        #expect(human.count == 1)
        // The block ends where the run ended: 3 s after its start (the resume point, 10:20).
        #expect(human.first.map { $0.endTime.timeIntervalSince1970 } == ISO8601DateFormatter().date(from: "2026-12-01T10:20:03+08:00")?.timeIntervalSince1970, "\(human.map(\.endTime))")
    }
}

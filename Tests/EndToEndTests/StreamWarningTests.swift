import Foundation
import Testing
import TestSupport

/// `standin stream` says at start what `channel validate` warns about, so a room started
/// without validating still learns that its catalog cannot fill the rotation.
@Suite("Start-up warnings")
struct StreamWarningTests {
    @Test func aThinRotationIsWarnedAboutWhenTheStreamStarts() throws {
        let folder = try TemporaryFolder()
        let catalog = try folder.write("catalog.yaml", try demoCatalogText())
        let channel = try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(catalog)
            time_zone: Asia/Shanghai
            video: {size: 144x256, fps: 30}
            rotation: {min_gap_minutes: 600}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: rec/room.flv}
            """)
        let validate = try run(standinBinary(), ["channel", "validate", channel])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("rotation.min_gap_minutes"), "validate warns: \(validate.stderr)")

        let process = try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T14:00:00+08:00",
            "--speed", "0", "--duration", "2", "--lookahead", "1",
        ], logPrefix: folder.path("stream"))
        let status = process.wait(timeout: .seconds(120))
        if status == nil { process.kill() }
        #expect(status == 0, "\(process.stderr.suffix(2_000))")
        let warning = process.stderr.split(separator: "\n").first { $0.contains("rotation.min_gap_minutes") }
        #expect(warning?.contains("warning") == true, "stream warns at start: \(process.stderr.prefix(2_000))")
        #expect(warning?.contains(channel + ":") == true, "with the file:line: \(warning ?? "none")")
    }
}

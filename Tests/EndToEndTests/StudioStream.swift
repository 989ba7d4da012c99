import Foundation
import TestSupport

/// `standin stream` on the demo persona with the studio beside its control API: one staff user
/// of brand shanjian (password "tea-secret"), the studio root `folder/studio`, 24 s of stream
/// at 180x320 from a Monday 10:00 in Shanghai, recorded to `folder/rec/room.flv`.
struct StudioStream {
    let process: BackgroundProcess
    let port: Int

    init(in folder: TemporaryFolder, user: String) throws {
        let hash = try TestSupport.run(standinBinary(), ["serve", "hash-password", "--cost", "4"], stdin: "tea-secret")
        let users = try folder.write("users.yaml", """
            users:
              - {name: \(user), brand: shanjian, role: staff, password_bcrypt: "\(hash.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines))"}
            """)
        port = try Loopback.freePort()
        let token = "studio-stream-\(UInt64.random(in: 1...UInt64.max))"
        let channel = try folder.write("room.yaml", """
            persona: \(repositoryPath("personas/xiaolin.yaml"))
            catalog: \(repositoryPath("assets/demo/catalog.yaml"))
            time_zone: Asia/Shanghai
            video: {size: 180x320, fps: 30}
            handoff: {before: 主播马上来。, welcome_back: 欢迎回来。}
            destinations:
              - {name: recording, url: rec/room.flv}
            api:
              listen: 127.0.0.1:\(port)
              tokens: [{name: qa, token: "\(token)"}]
            """)
        process = try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T10:00:00+08:00",
            "--duration", "24", "--lookahead", "1", "--studio-personas", folder.path("studio"), "--studio-users", users,
        ], logPrefix: folder.path("stream"))
        for _ in 0..<100 where !process.stderr.contains("listening") { Thread.sleep(forTimeInterval: 0.1) }
    }
}

import Foundation
import MediaIO
import Playout
import Testing
import TestSupport

/// The output stage against real nginx-rtmp servers on loopback, with real x264/AAC packets.
@Suite("Live outputs over RTMP", .serialized, .timeLimit(.minutes(2)))
struct LiveStreamTests {
    static let frameStep = 1.0 / 30, aacStep = 1024.0 / 48_000
    /// FLV stores milliseconds: each step may round by up to 1 ms either way.
    static let rounding = 0.0021

    /// Reads a live stream into `path` with ffmpeg (stream copy) until the publisher stops.
    static func reader(_ url: String, into path: String) throws -> BackgroundProcess {
        try BackgroundProcess("timeout", ["-k", "2", "40", "ffmpeg", "-nostdin", "-v", "error", "-rw_timeout", "3000000",
                                          "-i", url, "-c", "copy", "-f", "flv", "-y", path], logPrefix: path)
    }

    /// Checks a received or recorded stream: H.264 + AAC, every frame of `seconds`, no gaps.
    static func checkComplete(_ path: String, seconds: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let probe = try MediaProbe(path: path)
        #expect(probe.video?.codecName == "h264", sourceLocation: sourceLocation)
        #expect(probe.audio?.codecName == "aac", sourceLocation: sourceLocation)
        let video = try PacketList(path: path, stream: "v:0"), audio = try PacketList(path: path, stream: "a:0")
        #expect(video.count == seconds * 30, "video packets", sourceLocation: sourceLocation)
        #expect(abs(audio.count - seconds * 48_000 / 1024) <= 2, "audio packets: \(audio.count)", sourceLocation: sourceLocation)
        #expect(video.dtsIncreasing && audio.dtsIncreasing, sourceLocation: sourceLocation)
        #expect(video.ptsDistinct && audio.ptsDistinct, sourceLocation: sourceLocation)
        #expect(video.largestPTSStep <= frameStep + rounding, "video gap \(video.largestPTSStep) s", sourceLocation: sourceLocation)
        #expect(audio.largestPTSStep <= aacStep + rounding, "audio gap \(audio.largestPTSStep) s", sourceLocation: sourceLocation)
        #expect(video.packets.first?.isKeyframe == true, sourceLocation: sourceLocation)
        let drift = abs((video.endTime ?? 0) - (audio.endTime ?? 0))
        #expect(drift <= aacStep + rounding, "audio/video end drift \(drift) s", sourceLocation: sourceLocation)
    }

    @Test("two applications receive the same stream, read back with ffmpeg")
    func twoApplications() async throws {
        let stream = try TestStream.shared()
        let server = try RTMPServer()
        let folder = try TemporaryFolder()
        let keys = [streamKey("live"), streamKey("backup")]
        let destinations = [Destination(name: "main", url: server.url(app: "live", stream: keys[0])),
                            Destination(name: "backup", url: server.url(app: "backup", stream: keys[1]))]
        let copies = ["main.flv", "backup.flv"].map(folder.path)
        let readers = try zip(destinations, copies).map { try Self.reader($0.url, into: $1) }
        try server.waitUntil(timeout: .seconds(10), "both readers") {
            try server.clientCount(app: "live", stream: keys[0]) == 1 && server.clientCount(app: "backup", stream: keys[1]) == 1
        }

        let log = LogRecorder()
        let outputs = OutputFanOut(video: stream.videoInfo, audio: stream.audioInfo, destinations: destinations,
                                   logger: log.logger)
        let packets = stream.prefix(seconds: 6)
        let report = try await onThread { produce(packets, to: outputs, speed: 2) }
        let live = outputs.statuses
        let stopStarted = ContinuousClock.now
        #expect(outputs.stop(timeout: .seconds(5)))
        print("[outputs] 6 s at 2x: slowest send \(report.slowestSend), stop took \(stopStarted.duration(to: .now))")
        for reader in readers { #expect(reader.wait(timeout: .seconds(10)) != nil, "reader still running") }

        for status in live {
            #expect(status.state == .live && status.reconnects == 0 && status.droppedPackets == 0, "\(status)")
            #expect(status.bitrate > 0)
        }
        let final = outputs.statuses
        #expect(final.allSatisfy { $0.state == .stopped && $0.bytesSent == packets.reduce(0) { $0 + Int64($1.data.count) } })
        for copy in copies { try Self.checkComplete(copy, seconds: 6) }
        expectNoSecrets(log.all + (live + final).map(\.description), keys: keys)
    }

    @Test("a killed server is republished to after it returns; the recording has no gap")
    func serverKilledAndRestarted() async throws {
        let stream = try TestStream.shared()
        let server = try RTMPServer()
        let folder = try TemporaryFolder()
        let key = streamKey("kill")
        let recording = folder.path("recording.flv")
        let log = LogRecorder()
        let outputs = OutputFanOut(video: stream.videoInfo, audio: stream.audioInfo, destinations: [
            Destination(name: "main", url: server.url(app: "live", stream: key)),
            Destination(name: "recording", url: recording),
        ], logger: log.logger)
        let main = outputs.workers[0]
        let packets = stream.prefix(seconds: 8)

        let republished = folder.path("republished.flv")
        async let produced = onThread { produce(packets, to: outputs, speed: 1) }
        let timings = try await onThread { () throws -> (lostAfter: Double, republishedAfter: Double, reader: BackgroundProcess) in
            try server.waitUntil(timeout: .seconds(5), "first publish") { try server.isPublishing(app: "live", stream: key) }
            Thread.sleep(forTimeInterval: 1.5)
            let killed = ContinuousClock.now
            try server.kill()
            try server.waitUntil(timeout: .seconds(5), "the worker to notice") { main.status.state != .live }
            let lost = killed.duration(to: .now)
            Thread.sleep(forTimeInterval: 1.0)
            try server.start()
            let restarted = ContinuousClock.now
            let reader = try Self.reader(server.url(app: "live", stream: key), into: republished)
            print("[outputs] killed, noticed after \(lost), restarted after \(killed.duration(to: restarted))")
            try server.waitUntil(timeout: .seconds(8), "republish") { try server.isPublishing(app: "live", stream: key) }
            return (lost.inSeconds, restarted.duration(to: .now).inSeconds, reader)
        }
        let report = try await produced
        let during = outputs.statuses
        #expect(outputs.stop(timeout: .seconds(5)))
        #expect(timings.reader.wait(timeout: .seconds(10)) != nil, "reader still running")
        print("[outputs] kill: noticed after \(timings.lostAfter) s, republished \(timings.republishedAfter) s after the restart; "
              + "slowest send \(report.slowestSend); status \(during[0])")

        #expect(timings.lostAfter < 1.0)
        #expect(timings.republishedAfter < 3.0)
        #expect(during[0].state == .live && during[0].reconnects >= 1 && during[0].droppedPackets > 0, "\(during[0])")
        #expect(during[1].state == .live && during[1].reconnects == 0 && during[1].droppedPackets == 0, "\(during[1])")
        #expect(report.slowestSend < .milliseconds(50))
        try Self.checkComplete(recording, seconds: 8)
        // The republished stream starts at a keyframe and keeps the programme's timestamps.
        let video = try PacketList(path: republished, stream: "v:0"), audio = try PacketList(path: republished, stream: "a:0")
        #expect(video.packets.first?.isKeyframe == true)
        #expect(video.count >= 90 && video.dtsIncreasing && audio.dtsIncreasing, "\(video.count) frames")
        #expect(video.largestPTSStep <= Self.frameStep + Self.rounding)
        expectNoSecrets(log.all + (during + outputs.statuses).map(\.description), keys: [key])
    }

    @Test("a refused and a stalled destination never hold up the producer or the recording")
    func deadAndStalledDestinations() async throws {
        let stream = try TestStream.shared()
        let folder = try TemporaryFolder()
        let stalled = try StallingListener()
        let closedPort = try Loopback.freePort()
        let keys = [streamKey("refused"), streamKey("stalled")]
        let recording = folder.path("recording.flv")
        let log = LogRecorder()
        let settings = DestinationSettings(muxer: .init(ioTimeout: .seconds(1)))
        let outputs = OutputFanOut(video: stream.videoInfo, audio: stream.audioInfo, destinations: [
            Destination(name: "recording", url: recording),
            Destination(name: "refused", url: "rtmp://127.0.0.1:\(closedPort)/live/\(keys[0])"),
            Destination(name: "stalled", url: "rtmp://127.0.0.1:\(stalled.port)/live/\(keys[1])"),
        ], settings: settings, logger: log.logger)
        let packets = stream.prefix(seconds: 6)
        let report = try await onThread { produce(packets, to: outputs, speed: 2) }
        let during = outputs.statuses
        let stopStarted = ContinuousClock.now
        #expect(outputs.stop(timeout: .seconds(3)))
        let stopTook = stopStarted.duration(to: .now)
        print("[outputs] dead/stalled: slowest send \(report.slowestSend), latest packet \(report.latest), stop took \(stopTook)")
        for status in during { print("[outputs]   \(status)") }

        #expect(report.slowestSend < .milliseconds(50))
        #expect(report.latest < .milliseconds(200))
        #expect(stopTook < .seconds(1), "a blocked connect is aborted, not waited for")
        #expect(stalled.connectionCount >= 1)
        for status in during[1...] {
            #expect(status.state != .live && status.bytesSent == 0, "\(status)")
            #expect(status.droppedPackets > 100, "\(status)")
            #expect(status.lastError?.contains(status.redactedURL) == true, "\(status)")
        }
        #expect(during[1].reconnectAttempts >= 1 && during[1].reconnects == 0, "refused at once, so retried within 3 s: \(during[1])")
        #expect(during[0].state == .live && during[0].droppedPackets == 0)
        try Self.checkComplete(recording, seconds: 6)
        expectNoSecrets(log.all + (during + outputs.statuses).map(\.description), keys: keys)
    }
}

import Foundation
import Testing
import TestSupport

/// `standin stream` end to end: the real binary on a simulated clock, a real nginx-rtmp on
/// loopback, read back with ffprobe/ffmpeg.
@Suite("standin stream", .serialized)
struct LiveStreamTests {
    /// 20 s of virtual host, a one-minute human shift (yield), 20 s of virtual host again.
    @Test func yieldsForAHumanShiftAndKeepsOneTimeline() throws {
        let live = try LiveFixture(shift: "10:01-10:02")
        let engine = try live.stream(from: "10:00:40", speed: 4, seconds: 100, log: "stream")
        do {
            try yieldAndReturn(live, engine)
        } catch {
            Issue.record("\(error); the engine's log:\n\(engine.stderr.suffix(4000))")
            return
        }
        try checkTheTimeline(live, engine)
    }

    /// Publishing, the yield (a human host's encoder takes the room), publishing again.
    private func yieldAndReturn(_ live: LiveFixture, _ engine: BackgroundProcess) throws {
        try live.server.waitUntil(timeout: .seconds(20), "the engine publishing") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        let before = try readers(live, "before")
        // During the shift (10:01–10:02 simulated, ~5–20 s real from start) the engine holds
        // no publishing slot: the human host's own encoder publishes to the same key and stays.
        try live.server.waitUntil(timeout: .seconds(30), "the yield at the shift start") {
            try !live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        // They have the first session; the host's stream is not ours. Quit, not killed: a
        // file cut mid-packet crashes ffprobe 5.1's -count_frames (seen: exactly 256 KiB).
        for reader in before { #expect(reader.quit(), "a reader did not quit: \(reader.stderr.suffix(500))") }
        let host = try TestPublisher.start(live.server.url(app: "live", stream: live.mainKey), size: "180x320", fps: 30,
                                           logPrefix: live.folder.path("human-host"))
        try live.server.waitUntil(timeout: .seconds(5), "the human host publishing") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        Thread.sleep(forTimeInterval: 3)
        #expect(host.isRunning, "the human host's encoder was refused: \(host.stderr.suffix(500))")
        host.kill()
        _ = host.wait(timeout: .seconds(5))
        try live.server.waitUntil(timeout: .seconds(5), "the human host gone") {
            try !live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        try live.server.waitUntil(timeout: .seconds(30), "publishing again after the shift") {
            try live.server.isPublishing(app: "live", stream: live.mainKey)
        }
        let after = try readers(live, "after")
        #expect(engine.wait(timeout: .seconds(40)) == 0, "\(engine.stderr.suffix(2000))")
        for reader in after { _ = reader.wait(timeout: .seconds(10)) }
    }

    /// ffmpeg players copying both applications to `read-APP-LABEL.flv`.
    private func readers(_ live: LiveFixture, _ label: String) throws -> [BackgroundProcess] {
        try ["live": live.mainKey, "backup": live.backupKey].map { app, key in
            try BackgroundProcess("ffmpeg", ["-v", "error", "-rw_timeout", "2000000", "-i", live.server.url(app: app, stream: key),
                                             "-c", "copy", "-f", "flv", live.folder.path("read-\(app)-\(label).flv")],
                                  logPrefix: live.folder.path("reader-\(app)-\(label)"), quitKey: "q")
        }
    }

    /// What the readers, the as-run log and the recordings show afterwards.
    private func checkTheTimeline(_ live: LiveFixture, _ engine: BackgroundProcess) throws {
        // Both applications got H.264 + AAC with increasing timestamps, before and after the shift.
        for app in ["live", "backup"] {
            for label in ["before", "after"] {
                let path = live.folder.path("read-\(app)-\(label).flv")
                let probe = try MediaProbe(path: path)
                #expect(probe.video?.codecName == "h264" && probe.audio?.codecName == "aac", "\(app) \(label)")
                #expect(try PacketList(path: path, stream: "v:0").dtsIncreasing, "\(app) \(label)")
            }
        }

        // The as-run log tiles the timeline: segment boundaries, the handoff, the shift, the return.
        let records = try live.asRun()
        let kinds = records.map { $0["kind"] as! String }
        #expect(kinds.contains("handoff") && kinds.contains("human") && kinds.contains("welcome_back"), "\(kinds)")
        for (a, b) in zip(records, records.dropFirst()) {
            #expect((a["start"] as! Int) + (a["length"] as! Int) == b["start"] as! Int, "gap or overlap after \(a["kind"]!)")
        }
        let human = try #require(records.first { $0["kind"] as? String == "human" })
        #expect((human["length"] as! Int) == 60 * 48_000)
        #expect((human["destinations"] as! [String]).isEmpty)
        #expect(records.filter { ($0["kind"] as! String) != "human" }.count >= 4)

        // One recording per session; together one timeline: the second starts where the shift ends.
        let files = try live.recordings()
        #expect(files.count == 2, "\(files)")
        var lastEnd: Double?
        for file in files {
            let video = try PacketList(path: file, stream: "v:0"), audio = try PacketList(path: file, stream: "a:0")
            #expect(video.dtsIncreasing && audio.dtsIncreasing && video.ptsDistinct)
            #expect(video.largestPTSStep < 0.04, "a gap inside \(file)")
            let videoEnd = video.packets.map { $0.pts + $0.duration }.max()!
            let audioEnd = audio.packets.map { $0.pts + $0.duration }.max()!
            #expect(abs(videoEnd - audioEnd) <= 1024.0 / 48_000 + 1.0 / 30, "drift at the end of \(file): \(videoEnd) vs \(audioEnd)")
            let start = video.packets.map(\.pts).min()!
            if let lastEnd { #expect(abs(start - (lastEnd + 60)) < 0.5, "second session starts at \(start), first ended at \(lastEnd)") }
            lastEnd = videoEnd
        }

        // No stream key anywhere a person could read.
        let text = try live.allText()
        let leaks = text.components(separatedBy: "\n").filter { $0.contains(live.mainKey) || $0.contains(live.backupKey) || $0.hasPrefix("== ") }
        #expect(!text.contains(live.mainKey) && !text.contains(live.backupKey), "\(leaks.joined(separator: "\n"))")
        #expect(text.contains("/live/****"))

        // Start-up's pages were handed back before the render loop (the operator's log says so).
        #expect(engine.stderr.contains("start-up pages released: resident"), "\(engine.stderr.prefix(1500))")
    }

    /// SIGKILL mid-segment, start again: the log keeps every entry once, logs the cut segment
    /// (interrupted) and the plan resumes after it.
    @Test func resumesAfterSIGKILLWithoutLosingOrRepeatingEntries() throws {
        let live = try LiveFixture()
        let first = try live.stream(from: "09:00:00", speed: 4, seconds: 600, log: "first")
        try live.server.waitUntil(timeout: .seconds(60), "three as-run entries") { (try? live.asRun().count) ?? 0 >= 3 }
        Thread.sleep(forTimeInterval: 0.7)   // somewhere inside the next segment
        kill(first.pid, SIGKILL)
        _ = first.wait(timeout: .seconds(5))
        let before = try live.asRun()

        let second = try live.stream(from: "09:00:00", speed: 4, seconds: 12, log: "second")
        #expect(second.wait(timeout: .seconds(60)) == 0, "\(second.stderr.suffix(2000))")
        let after = try live.asRun()
        #expect(after.count > before.count)
        let indices = after.map { $0["index"] as! Int }
        #expect(indices == indices.sorted() && Set(indices).count == indices.count, "entries repeated: \(indices)")
        #expect(Array(after.prefix(before.count)).map { $0["index"] as! Int } == before.map { $0["index"] as! Int })
        // The segment the kill cut is logged once, by the second process, with the length that
        // aired up to the first's last beat (interrupted); it starts where the log stopped.
        let last = try #require(before.last)
        try #require(after.count > before.count + 1)
        let cut = after[before.count]
        #expect(cut["interrupted"] as? Bool == true, "\(cut)")
        #expect(cut["index"] as! Int == (last["index"] as! Int) + 1)
        #expect(cut["start"] as! Int == (last["start"] as! Int) + (last["length"] as! Int))
        #expect((cut["length"] as! Int) > 0)
        #expect(second.stderr.contains("logged as interrupted"), "\(second.stderr.prefix(1500))")
        // The engine resumed inside the segment it names: the next entry, from where the cut
        // one ended (or, if it really ended before the resume point, one after it).
        let resumed = after[before.count + 1]
        let startText = try #require(second.stderr.components(separatedBy: "segment_start=").dropFirst().first?
            .prefix { $0.isNumber })
        let resumedAt = try #require(Int(startText))
        #expect(resumed["start"] as! Int >= resumedAt)
        #expect(resumedAt >= (cut["start"] as! Int) + (cut["length"] as! Int))
        if resumed["start"] as! Int == resumedAt {
            #expect(second.stderr.contains("segment=\(resumed["kind"] as! String)"), "\(second.stderr.prefix(600))")
            #expect(resumed["resumedAt"] as? Int ?? 0 > resumedAt, "where the restart came on air: \(resumed)")
        }
        let fresh = Array(after[before.count...])
        for (a, b) in zip(fresh, fresh.dropFirst()) {
            #expect((a["start"] as! Int) + (a["length"] as! Int) == b["start"] as! Int)
        }
        // The same clock: the state file was kept, not recreated.
        #expect(second.stderr.contains("resumed_entries=\(before.count + 1)"))
    }

}

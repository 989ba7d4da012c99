import Foundation
import MediaIO
@testable import Playout
import Scheduler
import StandInCore
import Testing
import TestSupport

/// The live engine's scenarios in-process: the real render and send stages, real espeak-ng,
/// drawing and x264/AAC, on a `ManualClock` into `RecordingSinks`. Each run is deterministic
/// in what airs and takes seconds, not the minutes of stream it covers. The real binary
/// against nginx-rtmp keeps the end-to-end proof (`EndToEndTests/LiveStreamTests`).
@Suite("Live engine scenarios (in-process, manual clock)", .serialized, .timeLimit(.minutes(2)))
struct EngineScenarioTests {
    static let frame = 1_600

    /// Each session's packets: video and audio timestamps only go up, no gap inside it.
    func expectContinuous(_ sink: RecordingPacketSink, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let video = sink.packets(.video), audio = sink.packets(.audio)
        #expect(!video.isEmpty && !audio.isEmpty, sourceLocation: sourceLocation)
        #expect(zip(video, video.dropFirst()).allSatisfy { $0.dts < $1.dts }, "video dts", sourceLocation: sourceLocation)
        #expect(zip(audio, audio.dropFirst()).allSatisfy { $0.pts < $1.pts }, "audio pts", sourceLocation: sourceLocation)
        let frames = Set(video.map(\.pts))
        #expect(frames.count == video.count && frames.max()! - frames.min()! + 1 == Int64(frames.count),
                "every frame once, none missing", sourceLocation: sourceLocation)
        #expect(video.first?.isKeyframe == true, sourceLocation: sourceLocation)
    }

    /// Entries follow each other with no gap or overlap, indexes consecutive.
    func expectTiled(_ records: [AsRunRecord], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (a, b) in zip(records, records.dropFirst()) {
            #expect(a.start + a.length == b.start, "gap or overlap after \(a.index): \(records.summary)", sourceLocation: sourceLocation)
            #expect(b.index == a.index + 1, "\(records.summary)", sourceLocation: sourceLocation)
        }
    }

    /// A yielded shift: the session ends at the shift's start (trailers written, connections
    /// closed), nothing is sent during it, and the next session continues the one timeline
    /// where the shift ends.
    @Test func yieldsForAHumanShiftAndKeepsOneTimeline() throws {
        let harness = try EngineHarness(start: "10:00:30", shift: "10:01-10:02")   // the shift 30 s in
        try harness.engine(seconds: 110).run()
        let records = try harness.asRun()
        expectTiled(records)
        let kinds = records.map(\.kind)
        #expect(kinds.contains(.handoff) && kinds.contains(.human) && kinds.contains(.welcomeBack), "\(records.summary)")
        let human = try #require(records.first { $0.kind == .human })
        #expect(human.length == 60 * MediaClock.sampleRate && human.destinations.isEmpty)
        #expect(human.start == 30 * MediaClock.sampleRate, "the shift starts on time: \(records.summary)")

        let sessions = harness.sinks.sessions
        try #require(sessions.count == 2, "one session before the shift, one after")
        #expect(sessions.allSatisfy { $0.isStopped })
        for session in sessions { expectContinuous(session) }
        // Video pts count frames of the one output timeline: the first session ends where the
        // shift starts, the second starts where it ends.
        let firstEnd = sessions[0].packets(.video).map { ($0.pts + $0.duration) * Int64(Self.frame) }.max()!
        let secondStart = sessions[1].packets(.video).map { $0.pts * Int64(Self.frame) }.min()!
        #expect(Int(firstEnd) == human.ptsStart, "first session ends at \(firstEnd), the shift at \(human.ptsStart)")
        #expect(Int(secondStart) == human.ptsEnd, "second session starts at \(secondStart), the shift ends at \(human.ptsEnd)")
        #expect(harness.log.all.contains { $0.contains("channel stopped") })
    }

    /// Operators' skip, inject and pause/resume, each applied at the first sentence boundary
    /// after the time it names (or after it came), and logged with who asked.
    @Test func skipInjectPauseAndResumeApplyAtBoundaries() throws {
        let engineBox = Locked<LiveEngine?>(nil)
        let resumed = Locked(false)
        let harness = try EngineHarness(onSend: { packet in
            // Once the pause has aired ten seconds of music, the operator resumes.
            guard packet.kind == .audio, !resumed.get(), let engine = engineBox.get(), engine.desk.isPaused,
                  packet.pts >= Int64(55 * MediaClock.sampleRate) else { return }
            resumed.set(true)
            _ = try? engine.desk.submit(.resume, by: "ops-cai")
        })
        let engine = try harness.engine(seconds: 90)
        engineBox.set(engine)
        try engine.desk.submit(.skip, by: "ops-anna", at: harness.date(3))
        try engine.desk.submit(.inject(.flashDeal, productID: "mug-02"), by: "ops-ben", at: harness.date(20))
        try engine.desk.submit(.pause, by: "ops-cai", at: harness.date(40))
        try engine.run()
        let records = try harness.asRun()
        expectTiled(records)
        let events = records.flatMap { record in (record.events ?? []).map { (record, $0) } }

        let skip = try #require(events.first { $0.1.kind == .skip }, "\(records.summary)")
        #expect(skip.1.by.contains("ops-anna") && skip.1.position >= 3 * MediaClock.sampleRate)
        #expect(skip.0.start + skip.0.length == skip.1.position, "the skipped segment ends at the boundary")
        #expect(skip.1.position - 3 * MediaClock.sampleRate < 15 * MediaClock.sampleRate, "at the next sentence boundary")

        let injected = try #require(records.first { $0.kind == .flashDeal }, "\(records.summary)")
        #expect(injected.productID == "mug-02")
        #expect(injected.events?.contains { $0.kind == .inject && $0.by.contains("ops-ben") } == true)
        #expect(injected.start >= 20 * MediaClock.sampleRate)

        let pause = try #require(events.first { $0.1.kind == .pause }, "\(records.summary)")
        #expect(pause.1.position >= 40 * MediaClock.sampleRate && pause.0.start + pause.0.length == pause.1.position)
        let resume = try #require(events.first { $0.1.kind == .resume }, "\(records.summary)")
        #expect(resume.0.kind == .hold, "the resume ends the pause's music")
        let paused = records.filter { $0.start >= pause.1.position && $0.start < resume.1.position }
        #expect(!paused.isEmpty && paused.allSatisfy { $0.kind == .hold && $0.lines.isEmpty }, "only music while paused: \(records.summary)")
        // The resume came once 55 s had been sent, and the render is never behind the sender.
        #expect(resume.1.position >= 55 * MediaClock.sampleRate && pause.1.position < 55 * MediaClock.sampleRate)
        #expect(records.contains { $0.start >= resume.1.position && $0.kind != .hold }, "the host talks again")
        let sessions = harness.sinks.sessions
        #expect(sessions.count == 1)
        for session in sessions { expectContinuous(session) }
    }

    /// A viewer's question breaks in at the next boundary with the FAQ's answer, the segment
    /// goes on after it, and the answer is logged on the segment with who asked.
    @Test func aViewersQuestionIsAnsweredOnAirAndTheSegmentGoesOn() throws {
        let engineBox = Locked<LiveEngine?>(nil)
        let asked = Locked(false)
        let harness = try EngineHarness(onSend: { packet in
            guard !asked.get(), packet.pts >= Int64(8 * MediaClock.sampleRate), packet.kind == .audio,
                  let engine = engineBox.get() else { return }
            asked.set(true)
            _ = try? engine.desk.ask(viewer: "小明", text: "明前龙井能放多久？")   // names the product: answered whatever is on air
        })
        let engine = try harness.engine(seconds: 45)
        engineBox.set(engine)
        try engine.run()
        let records = try harness.asRun()
        expectTiled(records)
        let answered = try #require(records.first { $0.events?.contains { $0.kind == .answer } == true }, "\(records.summary)")
        let event = try #require(answered.events?.first { $0.kind == .answer })
        #expect(event.detail?.contains("faq tea-01#1") == true, "\(event.detail ?? "-")")
        #expect(event.by.contains("小明"))
        #expect(event.position >= 8 * MediaClock.sampleRate && event.position < answered.start + answered.length,
                "the segment went on after the answer")
        #expect(harness.log.all.contains { $0.contains("answer on air") && $0.contains("question=q1") })
        for session in harness.sinks.sessions { expectContinuous(session) }
    }

    /// A kill at any moment: the state folder is copied as it is on disk at that instant (the
    /// sender is its only writer and is the one copying), and a second engine started on the
    /// copy logs the cut segment once (interrupted, up to its last beat) and goes on after it.
    @Test func resumesAfterAKillWithoutLosingOrRepeatingEntries() throws {
        let killedAt = Locked<Int?>(nil)
        let folder = try TemporaryFolder()
        let snapshot = folder.path("killed")
        let harnessBox = Locked<EngineHarness?>(nil)
        let harness = try EngineHarness(onSend: { packet in
            guard killedAt.get() == nil, packet.kind == .audio, packet.pts >= Int64(33 * MediaClock.sampleRate),
                  let harness = harnessBox.get() else { return }
            killedAt.set(Int(packet.pts))
            try? FileManager.default.copyItem(atPath: harness.state, toPath: snapshot)
        })
        harnessBox.set(harness)
        try harness.engine(seconds: 50).run()
        let before = try harness.asRun(snapshot)
        try #require(FileManager.default.fileExists(atPath: snapshot + "/on-air.json"), "a segment was on air at the kill")

        // The second process comes up two seconds of wall time after the kill.
        let restart = ManualClock(wallAtZero: harness.date(35))
        try harness.engine(seconds: 20, state: snapshot, clock: restart).run()
        let after = try harness.asRun(snapshot)
        #expect(Array(after.prefix(before.count)) == before, "what was logged stays as it was")
        let last = try #require(before.last)
        try #require(after.count > before.count + 1, "\(after.summary)")
        let cut = after[before.count]
        #expect(cut.interrupted == true && cut.index == last.index + 1 && cut.start == last.start + last.length, "\(after.summary)")
        #expect(cut.length > 0 && cut.start + cut.length <= 34 * MediaClock.sampleRate, "up to the last beat")
        #expect(harness.log.all.contains { $0.contains("logged as interrupted") })
        let resumed = after[before.count + 1]
        #expect(resumed.start >= cut.start + cut.length)
        #expect((resumed.resumedAt ?? resumed.start) >= 35 * MediaClock.sampleRate - Self.frame, "came on air where the wall clock was: \(after.summary)")
        let indices = after.map(\.index)
        #expect(indices == indices.sorted() && Set(indices).count == indices.count, "no entry repeated: \(after.summary)")
        expectTiled(Array(after[(before.count + 1)...]))
        #expect(!FileManager.default.fileExists(atPath: snapshot + "/on-air.json"), "a clean stop leaves no marker")
    }

    /// The wall clock steps an hour forward 20 s into the stream (NTP, a restored VM): the plan
    /// moves there (the segment on air is cut, the hour jumped over is logged as skipped, the
    /// step is an event), while the output goes on in the same session with every frame once.
    @Test func aWallClockStepMovesThePlanNotTheOutput() throws {
        let clockBox = Locked<ManualClock?>(nil)
        let stepped = Locked(false)
        let harness = try EngineHarness(onSend: { packet in
            guard packet.kind == .audio, !stepped.get(), packet.pts >= Int64(20 * MediaClock.sampleRate),
                  let clock = clockBox.get() else { return }
            stepped.set(true)
            clock.step(by: 3_600)
        })
        clockBox.set(harness.clock)
        try harness.engine(seconds: 45).run()
        let records = try harness.asRun()
        #expect(records.contains { $0.skipped == true }, "the hour jumped over is logged: \(records.summary)")
        let cut = try #require(records.first { $0.events?.contains { $0.kind == .clockStep } == true }, "\(records.summary)")
        #expect(cut.start < 3_600 * MediaClock.sampleRate)
        #expect(records.contains { $0.start >= 3_600 * MediaClock.sampleRate && $0.replanned == true }, "the plan goes on an hour later")
        let sessions = harness.sinks.sessions
        try #require(sessions.count == 1, "the output was not restarted")
        expectContinuous(sessions[0])
        let last = try #require(sessions[0].packets(.video).map(\.pts).max())
        #expect(last >= 44 * 30, "the output ran its 45 s: \(last) frames")
    }
}

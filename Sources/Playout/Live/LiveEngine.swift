import Foundation
import Logging
import Scheduler
import Scripting
import Speech
import StandInCore

/// The running channel: plans segments, speaks and draws them, encodes once, and sends
/// the packets paced by the monotonic clock to every destination, writing the as-run log
/// with the times it really aired (the wall clock's). A wall-clock step moves the plan
/// (`ChannelClock`, `LiveEngine+ClockStep.swift`), never the output's pace.
///
/// ```swift
/// let engine = try LiveEngine(channel: channel, persona: persona, catalog: catalog,
///                             options: LiveOptions(stateFolder: "state/room-1"), logger: logger)
/// try engine.run()          // returns after requestStop() or options.maxStreamSeconds
/// ```
/// Two threads: the caller's renders (bounded ahead of the clock by the lookahead), a
/// second one paces and sends. Neither blocks on a destination: each has its own queue.
public final class LiveEngine: @unchecked Sendable {  // `stopFlag` is atomic via `lock`; the rest is set in init
    public let channel: Channel
    /// The persona on air now (a newly published version replaces it at a segment start).
    public var persona: Persona { lock.withLock { airing } }
    private var airing: Persona
    public let catalog: Catalog
    public let options: LiveOptions
    let logger: Logger
    let video: VideoSettings
    let state: StreamState
    let clock: ChannelClock
    let asRun: AsRunLog
    /// Held while the engine lives: one writer per state folder.
    let stateLock: StateLock
    let settings: PlanSettings
    let destinations: [Destination]
    let queue: StageQueue<LiveItem>
    let timeline: Timeline
    /// Operators' commands and viewers' questions in, status out (the control API's side).
    public let desk: ControlDesk
    /// The human host's feed for relayed shifts (nil when no shift is relayed).
    let relayIngest: RelayIngest?
    private let lock = NSLock()
    private var stopFlag = false
    private var origin = 0

    public init(channel: Channel, persona: Persona, catalog: Catalog, options: LiveOptions, logger: Logger) throws {
        self.channel = channel
        airing = persona
        self.catalog = catalog
        self.options = options
        self.logger = logger
        video = options.video ?? channel.video
        if let problem = video.problems().first { throw PlayoutError.invalidVideo(problems: [problem]) }
        stateLock = try StateLock(folder: options.stateFolder)
        state = try StreamState.loadOrCreate(in: options.stateFolder, simulatedStart: options.simulatedStart, speed: options.speed)
        clock = ChannelClock(state: state, wall: options.wallClock, monotonic: options.monotonicClock,
                             tolerance: options.clockStepToleranceSamples, samplesPerFrame: video.samplesPerFrame)
        asRun = try AsRunLog(folder: (options.stateFolder as NSString).appendingPathComponent("asrun"), timeZone: channel.timeZone,
                             files: options.stateFiles)
        var settings = PlanSettings(channel: channel, catalog: catalog, persona: persona, seed: options.seed)
        settings.channel.video = video
        self.settings = settings
        destinations = channel.destinations.map(Destination.init)
        queue = StageQueue(lookahead: MediaTime(samples: options.lookaheadSamples))
        timeline = Timeline(epoch: state.epoch, timeZone: channel.timeZone, video: video)
        let clock = clock
        desk = ControlDesk(channelID: channel.id, productIDs: Set(catalog.products.map(\.id)), epoch: state.epoch,
                           metrics: options.metrics, now: { clock.position() })
        let relayed = channel.shifts.contains { $0.mode == .relay }
        relayIngest = relayed ? channel.relay.map { [video] in RelayIngest(settings: $0, video: video, lookahead: options.lookaheadSamples) } : nil
    }

    /// The channel position of output pts 0: where this process started airing (a clock step
    /// later moves the render's and the sender's own origins, not this one).
    var streamOrigin: Int { lock.withLock { origin } }

    /// Asks the engine to stop at the next frame: the frame is finished, trailers are
    /// written and connections closed. Safe from any thread (a signal handler's queue).
    public func requestStop() {
        lock.withLock { stopFlag = true }
        queue.close()
    }

    var stopRequested: Bool { lock.withLock { stopFlag } }

    func air(_ persona: Persona) { lock.withLock { airing = persona } }

    /// Runs the channel until `requestStop()` or `options.maxStreamSeconds`.
    public func run() throws {
        // A disk that takes nothing now (full, read-only) must not keep the room off air: damaged
        // lines are then read past, and the cut segment's entry waits for the sender.
        var repaired = true
        do {
            desk.metrics.asRunLinesQuarantined(try AsRunLog.repair(folder: asRun.folder, logger: logger, files: options.stateFiles))
        } catch {
            repaired = false
            logger.error("as-run log: cannot move damaged lines aside now; reading past them", metadata: ["error": "\(error)"])
        }
        var records = try AsRunLog.read(folder: asRun.folder, logger: logger, skippingDamaged: !repaired)
        let cut = logSegmentCutByKill(logged: records)
        if let cut { records = (records + [cut.entry]).sorted(by: AsRunRecord.inPlanOrder) }
        let waiting = cut.flatMap { $0.written ? nil : $0.entry }
        let now = clock.wallTime()
        let resumption = try Planner.resume(settings: settings, epoch: state.epoch, history: records.map(\.entry), now: now)
        logger.info("channel starting", metadata: [
            "channel": "\(channel.id)", "file": "\(channel.file)", "persona": "\(persona.id) \(persona.versionTag)",
            "epoch": "\(state.epoch)", "resumed_entries": "\(records.count)",
            "segment": "\(resumption.segment.kind.rawValue) \(resumption.segment.productID ?? "")",
            "segment_start": "\(resumption.segment.start)",
            "offset_s": "\(String(format: "%.2f", Double(resumption.offset) / Double(MediaClock.sampleRate)))",
            "destinations": "\(destinations.map(\.description).joined(separator: ", "))",
        ])
        if resumption.missingEntries > 0 {
            logger.warning("as-run log: segments aired without an entry (the disk refused them before the last process ended); replayed as planned",
                           metadata: ["entries": "\(resumption.missingEntries)"])
        }
        if resumption.unforeseenEntries > 0 {
            logger.warning("as-run entries differ from the current plan (the channel file or seed changed); continuing after them",
                           metadata: ["entries": "\(resumption.unforeseenEntries)"])
        }
        lock.withLock { origin = resumption.segment.start + resumption.offset - resumption.offset % video.samplesPerFrame }
        clock.start(origin: streamOrigin)
        var history = LineHistory()
        for record in records { for line in record.lines { history.record(line, at: record.start) } }

        let sender = Thread { [self] in sendLoop(waiting: waiting.map { [$0] } ?? []) }
        sender.name = "standin-send"
        sender.start()
        relayIngest?.start()
        defer { relayIngest?.stop() }
        var failure: Error?
        do {
            try renderLoop(from: resumption, history: history)
        } catch {
            failure = error
        }
        queue.close()
        while !sender.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        if let failure { throw failure }
    }
}

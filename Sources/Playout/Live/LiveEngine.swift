import Foundation
import Logging
import Scheduler
import StandInCore

/// The running channel, wired from two stages: the render stage plans segments, speaks and
/// draws them and encodes once (`RenderStage`), the send stage paces the packets by the
/// monotonic clock to every destination and writes the as-run log with the times they really
/// aired (`SendStage`). Each owns its state and runs on its own thread; they share only the
/// `LiveContext` (the clock, the desk, one `StageQueue` of `(position, item)`, the stop
/// signal). A wall-clock step moves the plan (`ChannelClock`), never the output's pace.
/// `docs/architecture.md` draws it.
///
/// ```swift
/// let engine = try LiveEngine(channel: channel, persona: persona, catalog: catalog,
///                             options: LiveOptions(stateFolder: "state/room-1"), logger: logger)
/// try engine.run()          // returns after requestStop() or options.maxStreamSeconds
/// ```
public final class LiveEngine: @unchecked Sendable {  // `lock` guards `airing`; the rest is set in init
    public let channel: Channel
    public let catalog: Catalog
    public let options: LiveOptions
    /// Operators' commands and viewers' questions in, status out (the control API's side).
    public let desk: ControlDesk
    /// The persona on air now (a newly published version replaces it at a segment start).
    public var persona: Persona { lock.withLock { airing } }
    let context: LiveContext
    let state: StreamState
    let asRun: AsRunLog
    /// Held while the engine lives: one writer per state folder.
    let stateLock: StateLock
    /// The human host's feed for relayed shifts (nil when no shift is relayed).
    let relayIngest: RelayIngest?
    private let lock = NSLock()
    private var airing: Persona

    public init(channel: Channel, persona: Persona, catalog: Catalog, options: LiveOptions, logger: Logger) throws {
        self.channel = channel
        self.catalog = catalog
        self.options = options
        airing = persona
        let video = options.video ?? channel.video
        if let problem = video.problems().first { throw PlayoutError.invalidVideo(problems: [problem]) }
        stateLock = try StateLock(folder: options.stateFolder)
        state = try StreamState.loadOrCreate(in: options.stateFolder, simulatedStart: options.simulatedStart, speed: options.speed,
                                             now: options.clock.wallNow())
        let clock = ChannelClock(state: state, clock: options.clock, tolerance: options.clockStepToleranceSamples,
                                 samplesPerFrame: video.samplesPerFrame)
        asRun = try AsRunLog(folder: (options.stateFolder as NSString).appendingPathComponent("asrun"), timeZone: channel.timeZone,
                             files: options.stateFiles)
        var settings = PlanSettings(channel: channel, catalog: catalog, persona: persona, seed: options.seed)
        settings.channel.video = video
        desk = ControlDesk(channelID: channel.id, productIDs: Set(catalog.products.map(\.id)), epoch: state.epoch,
                           metrics: options.metrics, now: { clock.position() })
        let queue = StageQueue<LiveItem>(lookahead: MediaTime(samples: options.lookaheadSamples))
        context = LiveContext(channel: channel, catalog: catalog, options: options, logger: logger, video: video,
                              settings: settings, timeline: Timeline(epoch: state.epoch, timeZone: channel.timeZone, video: video),
                              destinations: channel.destinations.map(Destination.init), clock: clock, desk: desk,
                              queue: queue, stop: StopSignal(onRequest: { queue.close() }))
        let relayed = channel.shifts.contains { $0.mode == .relay }
        relayIngest = relayed ? channel.relay.map {
            RelayIngest(settings: $0, video: video, lookahead: options.lookaheadSamples, makeFeed: options.makeRelayFeed,
                        clock: options.clock)
        } : nil
    }

    /// Asks the engine to stop at the next frame: the frame is finished, trailers are
    /// written and connections closed. Safe from any thread (a signal handler's queue).
    public func requestStop() { context.stop.request() }

    /// Runs the channel until `requestStop()` or `options.maxStreamSeconds`: the render stage
    /// and the send stage each on a thread of its own; returns once both ended.
    public func run() throws {
        let start = try LiveStartup.resume(context, asRun: asRun, epoch: state.epoch, persona: persona)
        context.clock.start(origin: start.origin)
        let sender = StageThread(name: "standin-send") { [context, asRun] in
            SendStage(context, asRun: asRun, origin: start.origin, waiting: start.waiting).run()
        }
        relayIngest?.start()
        defer { relayIngest?.stop() }
        let renderer = StageThread(name: "standin-render") { [self] in
            defer { context.queue.close() }   // the sender drains what is queued and ends
            let render = try RenderStage(context, persona: persona, origin: start.origin, history: start.history,
                                         planTimeline: start.resumption.planner.timeline, relayIngest: relayIngest,
                                         airing: { [self] next in lock.withLock { airing = next } })
            try render.run(from: start.resumption)
        }
        let failure = renderer.join()
        _ = sender.join()
        if let failure { throw failure }
    }
}

/// One stage's thread: started at once, joined by the engine; an error the body throws is
/// handed to the joiner.
final class StageThread: @unchecked Sendable {  // `done` is signalled once `failure` is set
    private let done = DispatchSemaphore(value: 0)
    private var failure: Error?

    init(name: String, _ body: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            do { try body() } catch { failure = error }
            done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Waits for the body to end; what it threw, if anything.
    func join() -> Error? {
        done.wait()
        return failure
    }
}

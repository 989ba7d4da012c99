import Compositor
import Foundation
import Guide
import Logging
import Scheduler
import Scripting
import Speech
import StandInCore

/// The render stage: plans segments, writes and checks their lines, speaks them, draws the
/// frames and encodes them once, and queues the packets with the markers the send stage needs
/// (`LiveItem`), each at its output position. It owns everything it touches (the planner's
/// progress, the scenes, the synthesizer's use, the encode session) and runs on its own
/// thread; it is held back by the queue to the lookahead, and waits at sentence boundaries
/// for the desk (`RenderStage+Frames.swift`).
///
/// ```swift
/// let render = try RenderStage(context, persona: persona, origin: start, history: history, timeline: plan.timeline)
/// try render.run(from: resumption)   // returns at a stop or at options.maxStreamSeconds
/// ```
final class RenderStage {   // the render thread's alone
    let context: LiveContext
    /// The persona on air (a newly published version replaces it at a segment start).
    private(set) var persona: Persona
    var scripter: SegmentScripter
    let synthesizer: SpeechSynthesizer
    var scenes: SceneCache
    var mixer: LiveMixer
    var frames = FrameCursor()
    var session: EncodeSession?
    /// The channel position of output pts 0 (moved by every wall-clock step the plan took).
    var origin: Int
    /// The channel position this process came on air at (a start, or the plan rebuilt after
    /// a clock step): a segment starting before it aired from here on (`resumedAt`).
    var airingFrom: Int
    /// Where the plan was rebuilt after a clock step: the segment starting there says so.
    var replannedAt: Int?
    var answerer: QuestionAnswerer
    /// An operator's injection taken at a boundary, to air as the next segment.
    var injection: ControlRequest?
    /// Events to record on the next segment (an injection or pause that begins it).
    var carriedEvents: [AsRunEvent] = []
    /// The product presented last: what a viewer's question is about during a filler.
    var lastProductID: String?
    /// What the segment being built lost so far (a picture, the music, a line).
    let faults = SegmentFaults()
    /// The human host's feed for relayed shifts (nil when no shift is relayed).
    let relayIngest: RelayIngest?
    /// Told the persona on air after each change (the engine's `persona`).
    private let airing: @Sendable (Persona) -> Void

    /// `origin`: the channel position of output pts 0; `history`: the lines aired before.
    init(_ context: LiveContext, persona: Persona, origin: Int, history: LineHistory, planTimeline: Timeline,
         relayIngest: RelayIngest?, airing: @escaping @Sendable (Persona) -> Void = { _ in }) throws {
        self.context = context
        self.persona = persona
        let builder = try ScriptBuilder(persona: persona, catalog: context.catalog)
        scripter = SegmentScripter(builder: builder, channel: context.channel, disclosure: context.settings.disclosure,
                                   timeline: planTimeline, seed: context.options.seed, history: history)
        synthesizer = try SpeechSynthesizer.shared()
        scenes = try SceneCache(persona: persona, catalog: context.catalog, video: context.video)
        mixer = LiveMixer(musicBed: context.channel.audio.musicBed, gainDB: context.channel.audio.musicGainDB)
        self.origin = origin
        airingFrom = origin
        answerer = QuestionAnswerer(builder: builder, index: FAQIndex(catalog: context.catalog))
        self.relayIngest = relayIngest
        self.airing = airing
    }

    var channel: Channel { context.channel }
    var catalog: Catalog { context.catalog }
    var options: LiveOptions { context.options }
    var logger: Logger { context.logger }
    var video: VideoSettings { context.video }
    var settings: PlanSettings { context.settings }
    var timeline: Timeline { context.timeline }
    var destinations: [Destination] { context.destinations }
    var clock: ChannelClock { context.clock }
    var desk: ControlDesk { context.desk }
    var queue: StageQueue<LiveItem> { context.queue }
    var stopRequested: Bool { context.stop.isRequested }

    /// Plans, speaks, draws and encodes segment after segment from `resumption`, pushing
    /// packets and markers into the queue (which holds it back to the lookahead); the open
    /// session is flushed and closed at the end.
    func run(from resumption: Resumption) throws {
        var planner = resumption.planner
        // Into the first segment: the resume offset, on a whole frame. It comes from the
        // plan's estimate, so it may pass the real segment's end: the rest carries on.
        var skip = resumption.offset - resumption.offset % video.samplesPerFrame
        let end = options.maxStreamSeconds.map { $0 * MediaClock.sampleRate }   // output position
        loadVoice(of: persona)
        while !stopRequested {
            if applyClockSteps(&planner) { skip = 0 }
            let segment = try nextSegment(&planner)
            if let end, segment.start - origin >= end { break }
            let length: Int
            if segment.kind == .human {
                // A --duration that ends inside the shift ends the block there.
                let block = end.map { segment.cut(at: $0 + origin) } ?? segment
                length = if segment.shiftMode == .relay, let relayIngest {
                    try airRelayBlock(block, skipping: skip, ingest: relayIngest)
                } else {
                    try airHumanBlock(block)
                }
            } else if let relayIngest, let early = try airEarlyRelay(segment, before: planner.upcomingHuman(after: segment.start),
                                                                     skipping: skip, ingest: relayIngest) {
                length = early
            } else {
                adoptNewPersona()
                guard let aired = try airVirtualSegment(segment, skipping: skip) else { break }
                length = aired
            }
            try planner.aired(segment, actualLength: length)
            skip = max(0, skip - length)
        }
        try endSession(at: planner.position)
    }

    /// Loads the persona's voice files now, while handles are free: speaking then opens none.
    /// A failure is only a warning here; each line retries it (and is skipped if it fails).
    private func loadVoice(of persona: Persona) {
        do {
            try synthesizer.load(persona.voice)
        } catch {
            logger.warning("voice not loaded ahead of speaking", metadata: ["error": "\(error)"])
        }
    }

    /// Switches to the persona `options.personaUpdates` offers, if any, keeping the
    /// repetition window; a persona that cannot present this catalog is refused and logged.
    private func adoptNewPersona() {
        let current = persona
        guard let next = options.personaUpdates?(current) else { return }
        do {
            _ = try synthesizer.checkVoice(next.voice.espeakVoice)
            loadVoice(of: next)
            let builder = try ScriptBuilder(persona: next, catalog: catalog)
            scenes = try SceneCache(persona: next, catalog: catalog, video: video)
            scripter = SegmentScripter(builder: builder, channel: channel, disclosure: channel.disclosure(for: next) ?? settings.disclosure,
                                           timeline: timeline, seed: options.seed, history: scripter.planner.history)
            answerer = QuestionAnswerer(builder: builder, index: answerer.index)
            persona = next
            airing(next)
            logger.info("persona changed", metadata: ["from": "\(current.id) \(current.versionTag)", "to": "\(next.id) \(next.versionTag)"])
        } catch {
            logger.error("new persona version not aired", metadata: ["persona": "\(next.id) \(next.versionTag)", "error": "\(error)"])
        }
    }

}

extension RenderStage {
    /// The planned segment, or an operator's in its place: an injection taken at the last
    /// boundary, or music while the host is paused. Tells the desk what comes next.
    private func nextSegment(_ planner: inout Planner) throws -> Segment {
        var segment = planner.next()
        if segment.kind != .human {
            if let request = injection, case let .inject(kind, productID) = request.command {
                injection = nil
                do {
                    segment = try planner.interject(kind, productID: productID)
                    carriedEvents.append(event(.inject, request, at: segment.start,
                                                   detail: [kind.rawValue, productID].compactMap { $0 }.joined(separator: " ")))
                } catch {
                    logger.warning("injection not aired", metadata: ["by": "\(request.requestedBy)", "error": "\(error)"])
                }
            } else if desk.isPaused {
                segment = try planner.interjectHold(maxLength: Self.pauseChunkSeconds * MediaClock.sampleRate)
            }
        }
        let upcoming = Array(planner.estimatedRundown().dropFirst().prefix(6))
        desk.update { $0.upcoming = [segment] + upcoming; $0.timeline = timeline }
        return segment
    }
}

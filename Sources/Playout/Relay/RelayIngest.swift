import Foundation
import MediaIO
import StandInCore

/// The relay ingest as the render thread sees it: the human host's feed (read on its own
/// thread and opened again after every end), the `RelaySwitch` that decides who is on air, and
/// the `PacedFeed` that pairs the feed's frames with their audio and holds them to the
/// channel's clock.
///
/// The switch runs on real (monotonic) time, samples since the ingest started: stalls and
/// stability are about the network, not about the channel clock, which the render thread
/// runs ahead of. Both the feed and that time are injected (`LiveOptions.makeRelayFeed`,
/// `LiveOptions.clock`) so a test drives a relay in-process. Not Sendable: the render thread owns it.
final class RelayIngest {
    let settings: RelaySettings
    let input: LiveInput.Settings
    private(set) var relaySwitch: RelaySwitch
    private var paced: PacedFeed
    private var feed: (any RelayFeedSource)?
    private let makeFeed: RelayFeedFactory
    /// The engine's clock (its monotonic reading is the switch's time).
    private let clock: any EngineClock
    private let started: Duration
    /// When the feed's last packet came, on `clock` (as of the last look at its activity).
    private var lastPacketAt: Duration
    /// Frames the reader keeps for the render thread (half a second at 30 fps; 55 MB of RGBA at
    /// 720x1280): on air it takes each within 40 ms (a feed faster than the clock piles up in
    /// the `PacedFeed`, which drops beyond 6 frames), off air it drops them.
    static let maxQueuedFrames = 15

    /// `lookahead`: how far (samples) the render runs ahead of the channel clock; `makeFeed`
    /// opens the feed (by default a `LiveFeed` on the ingest URL, opened again after every
    /// end); `clock` times the switch.
    init(settings: RelaySettings, video: VideoSettings, lookahead: Int, makeFeed: RelayFeedFactory? = nil,
         clock: any EngineClock = SystemClock()) {
        self.settings = settings
        self.makeFeed = makeFeed ?? { relay, input in
            LiveFeed(url: relay.ingest, displayName: relay.redactedIngest, settings: input,
                     maxQueuedFrames: RelayIngest.maxQueuedFrames, reconnectDelay: .milliseconds(250))
        }
        self.clock = clock
        started = clock.now
        lastPacketAt = started
        input = LiveInput.Settings(video: video, stallTimeout: .milliseconds(settings.stallMilliseconds))
        relaySwitch = RelaySwitch(settings: .init(stallTimeout: .milliseconds(settings.stallMilliseconds),
                                                  stableTime: .seconds(settings.stableSeconds),
                                                  takeEarly: settings.takeEarlySeconds > 0))
        paced = PacedFeed(samplesPerFrame: video.samplesPerFrame,
                          pacing: .init(frameLength: video.samplesPerFrame, lookahead: lookahead,
                                        stallTimeout: settings.stallMilliseconds * MediaClock.sampleRate / 1_000))
    }

    /// Starts reading the ingest URL (around the clock: a shift's feed is watched before it starts).
    func start() {
        guard feed == nil else { return }
        feed = makeFeed(settings, input)
    }

    func stop() { feed?.stop(timeout: .seconds(2)) }

    /// Who is on air.
    var source: RelaySwitch.Source { relaySwitch.source }

    /// Samples since the ingest started on the monotonic clock: the switch's time.
    var now: Int { (clock.now - started).sampleCount }

    /// Milliseconds since the feed's last packet (as of the last look).
    var silentMilliseconds: Int { feed == nil ? 0 : (clock.now - lastPacketAt).sampleCount / 48 }

    /// Milliseconds the present feed has delivered without a drop (0 without a feed).
    var presentMilliseconds: Int { relaySwitch.feedPresent ? (now - relaySwitch.presentSince) / 48 : 0 }

    /// Reads what the feed has (waiting at most `timeout` for the first event) and reports it to
    /// the switch. While the human is on air, frames and audio go to the aligner; otherwise
    /// they only show the feed is there.
    func poll(timeout: Duration) -> [RelaySwitch.Action] {
        guard let feed else { return [] }
        var actions: [RelaySwitch.Action] = [], wait = timeout
        for _ in 0..<500 {
            guard let event = feed.next(timeout: wait) else { break }
            wait = .zero
            switch event {
            case .video, .audio:
                actions += reportPackets(feed.recentActivity())
                if relaySwitch.source == .human { paced.add(event) }
            case .stalled:
                actions += relaySwitch.feed(.stalled, at: now)
            case .broken:
                actions += relaySwitch.feed(.broken, at: now)
            case .ended:
                actions += relaySwitch.feed(.ended, at: now)
                paced.reset()   // a new publishing session numbers from 0 again
            }
            if actions.contains(where: \.isSwitch) || event == .stalled { break }
        }
        return finish(actions + relaySwitch.tick(at: now))
    }

    /// Tells the switch packets came up to `activity.last`. The switch hears of packets only
    /// when the render thread looks (every frame on air, every cover step otherwise), so when
    /// the reader saw no gap as long as a stall since then, packets are reported at steps of
    /// half the stall timeout in between: the switch sees the feed as continuous as it was.
    private func reportPackets(_ activity: RelayFeedActivity) -> [RelaySwitch.Action] {
        lastPacketAt = clock.now - activity.sinceLast
        let target = now - activity.sinceLast.sampleCount
        let step = relaySwitch.settings.stallTimeout.sampleCount / 2
        var actions: [RelaySwitch.Action] = []
        if let last = relaySwitch.lastPacket, activity.longestGap < relaySwitch.settings.stallTimeout, step > 0 {
            for position in stride(from: last + step, to: target, by: step) { actions += relaySwitch.feed(.packet, at: position) }
        }
        return actions + relaySwitch.feed(.packet, at: target)
    }

    /// The human frames to encode now, each with its audio, for a render `lead` (samples ahead
    /// of the channel clock; nil when unpaced): none, the next, or the last again and the next.
    func nextFrames(lead: Int?) -> [FeedFrame] { paced.next(lead: lead) }

    /// Feed frames repeated and dropped so far to keep to the clock.
    var pacingCounts: FeedPacing.Counts { paced.pacing.counts }

    /// Feed frames received and not aired yet.
    var backlog: Int { paced.backlog }

    func shiftStarted() -> [RelaySwitch.Action] { finish(relaySwitch.shiftStarted(at: now)) }
    func shiftEnded() -> [RelaySwitch.Action] { finish(relaySwitch.shiftEnded(at: now)) }
    func sentenceBoundary(finished line: RelaySwitch.Line?) -> [RelaySwitch.Action] {
        finish(relaySwitch.sentenceBoundary(at: now, finished: line))
    }

    /// A switch either way starts the paced feed afresh.
    private func finish(_ actions: [RelaySwitch.Action]) -> [RelaySwitch.Action] {
        if actions.contains(where: \.isSwitch) { paced.reset() }
        return actions
    }
}

extension RelaySwitch.Action {
    var isSwitch: Bool { if case .switchTo = self { true } else { false } }
}

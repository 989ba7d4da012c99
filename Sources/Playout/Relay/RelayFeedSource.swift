import Foundation
import MediaIO
import StandInCore

/// Where a relayed shift's feed comes from: on air, a `LiveFeed` reading the ingest URL on its
/// own thread; in tests, a scripted feed on the engine's manual clock. `RelayIngest` polls it
/// from the render thread and never waits longer than the timeout it passes. Times are ages
/// (how long ago), so the feed and the switch need not share a clock's origin.
///
/// ```swift
/// var options = LiveOptions(stateFolder: folder)
/// options.makeRelayFeed = { relay, input in ScriptedFeed(clock: manual, …) }   // nil: a LiveFeed
/// ```
public protocol RelayFeedSource: AnyObject, Sendable {
    /// The next event, waiting at most `timeout`; `.stalled` while no packet came for the
    /// stall timeout; nil: nothing yet.
    func next(timeout: Duration) -> LiveInputEvent?
    /// How long ago the last packet came, and the longest wait between two packets since the
    /// last call (which resets it).
    func recentActivity() -> RelayFeedActivity
    /// Stops reading; false when the reader did not end within `timeout`.
    @discardableResult
    func stop(timeout: Duration) -> Bool
}

/// What a feed's packets did lately, as ages.
public struct RelayFeedActivity: Sendable, Equatable {
    /// Since the last packet (or since the feed was opened, before the first).
    public var sinceLast: Duration
    /// The longest wait between two packets since the last look.
    public var longestGap: Duration

    public init(sinceLast: Duration, longestGap: Duration) {
        self.sinceLast = sinceLast
        self.longestGap = longestGap
    }
}

extension LiveFeed: RelayFeedSource {
    public func recentActivity() -> RelayFeedActivity {
        let activity = takeActivity()
        return RelayFeedActivity(sinceLast: activity.last.duration(to: .now), longestGap: activity.longestGap)
    }
}

/// Makes the relay's feed from the channel's relay settings and the input settings (size, fps,
/// stall timeout) the engine decodes it to.
public typealias RelayFeedFactory = @Sendable (_ relay: RelaySettings, _ input: LiveInput.Settings) -> any RelayFeedSource

import Foundation

/// The machine's wall clock, which an operator, NTP or a restored VM may step: it places the
/// plan (shifts, promos) and dates the as-run log, but never paces output. Injected into the
/// live engine so tests step it in-process.
///
/// ```swift
/// var options = LiveOptions(stateFolder: "state/room-1")
/// options.wallClock = SystemWallClock()          // the default
/// ```
public protocol WallClock: Sendable {
    /// The wall time now.
    func now() -> Date
}

/// `Date()`: CLOCK_REALTIME.
public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

import Foundation
import StandInCore

/// The segment on air and how far it has aired, as kept in `<state>/on-air.json`: what a
/// restarted process needs to log a segment that a kill cut, with the length that aired.
///
/// ```swift
/// var marker = OnAirMarker(record: planned, lineStarts: starts, origin: origin, through: planned.start)
/// marker.through = lastSentPosition            // the sender, as packets go out
/// let entry = marker.cut(samplesPerFrame: 1600) // on the next start: the interrupted entry
/// ```
public struct OnAirMarker: Sendable, Codable, Equatable {
    /// The segment's as-run entry as known when it started: its planned length and lines.
    public var record: AsRunRecord
    /// Channel position where each of `record.lines` starts (same order).
    public var lineStarts: [Int]
    /// The channel position of this process's output pts 0.
    public var origin: Int
    /// How far the segment had aired (channel position) at `updated`.
    public var through: Int
    public var updated = Date()

    public init(record: AsRunRecord, lineStarts: [Int], origin: Int, through: Int) {
        self.record = record; self.lineStarts = lineStarts; self.origin = origin; self.through = through
    }

    /// Whether `entry` is this segment's as-run entry (it ran to its end, or was logged cut).
    public func isLogged(by entry: AsRunRecord) -> Bool {
        entry.index == record.index && entry.start == record.start
    }

    /// The segment's entry as aired up to `through`: the length rounded up to a whole frame
    /// (as the planner rounds it), the lines that had started, `interrupted`. Nil when
    /// nothing of it aired (from this process: a segment it joined at `resumedAt`).
    public func cut(samplesPerFrame: Int) -> AsRunRecord? {
        guard through > record.resumedAt ?? record.start else { return nil }
        let aired = through - record.start
        let length = (aired + samplesPerFrame - 1) / samplesPerFrame * samplesPerFrame
        var entry = record
        entry.length = length
        entry.measured(from: record.startTime)   // the sender's measured start, when it aired
        entry.ptsEnd = max(0, record.start + length - origin)
        entry.lines = zip(record.lines, lineStarts).filter { $0.1 < through }.map(\.0)
        entry.interrupted = true
        return entry
    }
}

/// `<state>/on-air.json`: written (synced) when a segment starts airing, then rewritten at
/// most every `beatInterval` while it airs (not synced: a kill leaves the page cache intact;
/// a power cut may lose the last beats).
final class OnAirFile {   // the sender thread's alone
    let path: String
    let files: StateFileSystem
    /// The segment airing now, nil between its as-run entry and the next start.
    private(set) var current: OnAirMarker?
    /// When the marker was last written, on the monotonic clock (a wall-clock step back must
    /// not hold the beats back).
    private var lastBeat: Duration?
    private let monotonic: any EngineClock
    static let beatInterval: TimeInterval = 0.1

    /// `monotonic` spaces the beats (the engine's pacing clock).
    init(folder: String, files: StateFileSystem = LocalStateFileSystem(), monotonic: any EngineClock = SystemClock()) {
        path = (folder as NSString).appendingPathComponent("on-air.json")
        self.files = files
        self.monotonic = monotonic
    }

    /// A segment starts airing.
    func begin(_ marker: OnAirMarker, now: Date = Date()) throws {
        var marker = marker
        marker.updated = now
        current = marker
        try write(marker, sync: true)
    }

    /// The segment on air has aired through `position`; written if the last beat is old enough.
    func beat(through position: Int, now: Date = Date()) {
        guard var marker = current, position > marker.through else { return }
        marker.through = position
        marker.updated = now
        current = marker
        let beat = monotonic.now
        if let lastBeat, beat - lastBeat < .milliseconds(Int64(Self.beatInterval * 1000)) { return }
        lastBeat = beat
        try? write(marker, sync: false)
    }

    /// Its as-run entry is written: nothing is on air until the next `begin`.
    func logged() { current = nil }

    /// No segment on air: the file goes (the process stops).
    func remove() {
        current = nil
        files.remove(path)
    }

    private func write(_ marker: OnAirMarker, sync: Bool) throws {
        try files.replace(path, with: try JSONEncoder.standIn.encode(marker), sync: sync)
    }

    /// The marker a previous process left, if any (an unreadable one is ignored: nothing to log).
    static func load(folder: String, files: StateFileSystem = LocalStateFileSystem()) -> OnAirMarker? {
        let path = (folder as NSString).appendingPathComponent("on-air.json")
        guard let data = files.contents(of: path) else { return nil }
        return try? JSONDecoder.standIn.decode(OnAirMarker.self, from: data)
    }
}

import StandInCore

/// What aired when: the memory behind the repetition window.
///
/// ```swift
/// var history = LineHistory()                       // 60-minute window
/// history.record("今天直播间只要89元。", at: sample)   // fed back as lines air
/// history.isRecent("今天直播间只要89元。", at: later) // true until 60 minutes of air time pass
/// ```
/// Time is air time in audio samples (`MediaClock.sampleRate`), the pipeline's one clock.
/// Platforms flag a room that loops the same script as a rerun, so the planner avoids any
/// full line aired within the window while an alternative exists.
public struct LineHistory: Sendable, Equatable {
    /// How long a line counts as recent, in samples.
    public var window: Int
    /// Last air time of each line text, in samples.
    private var lastAired: [String: Int] = [:]

    /// The default window: 60 minutes of air time.
    public static let defaultWindow = 60 * 60 * MediaClock.sampleRate

    public init(window: Int = LineHistory.defaultWindow) {
        self.window = window
    }

    /// Notes that `text` went on air at `sample`. Entries older than the window are dropped
    /// now and then, so a 24-hour run keeps only about one window of lines.
    public mutating func record(_ text: String, at sample: Int) {
        lastAired[text] = max(sample, lastAired[text] ?? sample)
        if lastAired.count > 4_096 { forget(before: sample - window) }
    }

    /// When `text` last aired, if it is remembered.
    public func lastAired(_ text: String) -> Int? { lastAired[text] }

    /// Whether `text` aired less than `window` samples before `now`.
    public func isRecent(_ text: String, at now: Int) -> Bool {
        guard let aired = lastAired[text] else { return false }
        return now - aired < window
    }

    /// Drops lines that last aired before `sample`.
    public mutating func forget(before sample: Int) {
        lastAired = lastAired.filter { $0.value >= sample }
    }

    /// Number of remembered lines.
    public var count: Int { lastAired.count }
}

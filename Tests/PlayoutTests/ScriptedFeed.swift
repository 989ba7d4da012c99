import Foundation
import MediaIO
@testable import Playout
import StandInCore

/// A relay feed on the engine's manual clock, for in-process relay tests: a host publishing
/// during each of `windows` (clock time), a solid picture and a 1 kHz tone at the channel's
/// fps, frame numbers from 0 in each publishing session; between windows nothing comes, so
/// after the stall timeout every look says `.stalled`, and the next session starts with
/// `.ended` (the last publisher left). Waiting (`next(timeout:)`) sleeps on the manual clock.
final class ScriptedFeed: RelayFeedSource, @unchecked Sendable {  // `lock` guards every var
    let clock: ManualClock
    let windows: [Range<Duration>]
    let input: LiveInput.Settings
    private let lock = NSLock()
    private var window = 0
    private var frame = 0
    private var pendingAudio: LiveInputEvent?
    private var endPending = false
    private var lastLook: Duration
    private let picture: RGBAImage
    private let tone: [Float]

    init(clock: ManualClock, windows: [Range<Duration>], input: LiveInput.Settings) {
        self.clock = clock
        self.windows = windows
        self.input = input
        lastLook = clock.now
        picture = RGBAImage(width: input.video.width, height: input.video.height, fill: RGBA(230, 40, 40))
        let samples = input.video.samplesPerFrame
        tone = (0..<samples).flatMap { n -> [Float] in
            let value = Float(0.3 * sin(2 * Double.pi * 1_000 * Double(n) / Double(MediaClock.sampleRate)))
            return [value, value]
        }
    }

    private var frameLength: Duration { .seconds(1) / input.video.fps }

    /// When frame `frame` of window `window` comes; nil past the last window.
    private func arrival(window: Int, frame: Int) -> Duration? {
        guard window < windows.count else { return nil }
        let at = windows[window].lowerBound + frameLength * frame
        return at < windows[window].upperBound ? at : nil
    }

    /// The next frame to deliver (moving to the next window when this one is over).
    private func nextArrival() -> Duration? {
        if let at = arrival(window: window, frame: frame) { return at }
        guard window + 1 < windows.count else { return nil }
        window += 1
        frame = 0
        endPending = true
        return arrival(window: window, frame: 0)
    }

    /// When the last packet came at or before `now` (the first window's start before any).
    private func lastArrival(before now: Duration) -> Duration {
        var last = windows.first?.lowerBound ?? .zero
        for range in windows where range.lowerBound <= now {
            last = min(now, range.upperBound - frameLength)
        }
        return last
    }

    func next(timeout: Duration) -> LiveInputEvent? {
        let deadline = clock.now + timeout
        while true {
            let (event, wake) = lock.withLock { () -> (LiveInputEvent?, Duration?) in
                if let audio = pendingAudio { pendingAudio = nil; return (audio, nil) }
                let now = clock.now
                guard let at = nextArrival() else {
                    return now - lastArrival(before: now) >= input.stallTimeout ? (.stalled, nil) : (nil, deadline)
                }
                if at <= now {
                    if endPending { endPending = false; return (.ended(reason: "the publisher left"), nil) }
                    pendingAudio = .audio(tone, sample: Int64(frame * input.video.samplesPerFrame))
                    defer { frame += 1 }
                    return (.video(picture, frame: Int64(frame)), nil)
                }
                if now - lastArrival(before: now) >= input.stallTimeout { return (.stalled, nil) }
                return (nil, min(at, deadline))
            }
            if let event { return event }
            guard let wake, wake > clock.now else { return nil }
            clock.sleep(until: wake)
        }
    }

    func recentActivity() -> RelayFeedActivity {
        lock.withLock {
            let now = clock.now
            // A window that began since the last look: the wait before it was a gap.
            var gap = frameLength
            for (index, range) in windows.enumerated().dropFirst() where range.lowerBound > lastLook && range.lowerBound <= now {
                gap = max(gap, range.lowerBound - windows[index - 1].upperBound)
            }
            lastLook = now
            return RelayFeedActivity(sinceLast: now - lastArrival(before: now), longestGap: gap)
        }
    }

    func stop(timeout: Duration) -> Bool { true }
}

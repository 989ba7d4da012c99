import Testing
@testable import Compositor

@Suite struct BlinkScheduleTests {
    /// Start frames and lengths of the blinks in the first `frames` frames.
    static func blinks(_ schedule: BlinkSchedule, frames: Int) -> [(start: Int, length: Int)] {
        var found: [(start: Int, length: Int)] = []
        var previous = EyeState.open
        for frame in 0..<frames {
            let eyes = schedule.eyes(atFrame: frame)
            if eyes != .open, previous == .open { found.append((frame, 0)) }
            if eyes != .open { found[found.count - 1].length += 1 }
            previous = eyes
        }
        return found
    }

    @Test(arguments: [24, 25, 30, 60])
    func blinksAtAPlausibleRateOverAMinute(fps: Int) {
        let schedule = BlinkSchedule(fps: fps, seed: 42)
        let blinks = Self.blinks(schedule, frames: 60 * fps)
        #expect((10...24).contains(blinks.count), "\(blinks.count) blinks in 60 s")
        for (a, b) in zip(blinks, blinks.dropFirst()) {
            let gap = Double(b.start - a.start) / Double(fps)
            #expect(gap >= 2.5 && gap <= 6.0, "gap \(gap) s")
        }
        for blink in blinks {
            let ms = blink.length * 1000 / fps
            #expect(ms >= 100 && ms <= 200, "blink lasts \(ms) ms")
        }
    }

    @Test func blinkIsHalfAtTheEdgesAndClosedInTheMiddle() {
        let schedule = BlinkSchedule(fps: 30, seed: 1)
        let blink = Self.blinks(schedule, frames: 300)[0]
        let states = (blink.start..<blink.start + blink.length).map { schedule.eyes(atFrame: $0) }
        #expect(states.first == .half && states.last == .half)
        #expect(states[states.count / 2] == .closed)
    }

    @Test func sameSeedSameBlinksOtherSeedOtherBlinks() {
        let a = BlinkSchedule(fps: 30, seed: 7), b = BlinkSchedule(fps: 30, seed: 7), c = BlinkSchedule(fps: 30, seed: 8)
        let frames = 0..<3_600
        #expect(frames.map(a.eyes(atFrame:)) == frames.map(b.eyes(atFrame:)))
        #expect(frames.map(a.eyes(atFrame:)) != frames.map(c.eyes(atFrame:)))
    }

    @Test func worksFarIntoALongStream() {
        let schedule = BlinkSchedule(fps: 30, seed: 3)
        let day = 24 * 3_600 * 30
        let blinks = Self.blinks(BlinkSchedule(fps: 30, seed: 3), frames: 600)
        #expect(!blinks.isEmpty)
        let late = (day..<day + 600).filter { schedule.eyes(atFrame: $0) == .closed }
        #expect(!late.isEmpty)
        #expect(schedule.eyes(atFrame: -5) == .open)
    }
}

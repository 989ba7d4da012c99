import MediaIO
import StandInCore
import Testing

/// The pure parts of live input normalisation, with literal numbers.
@Suite("Live input timing")
struct LiveInputTimingTests {
    @Test func frameRateConversionFrom25To30HoldsTheLatestEarlierFrame() {
        var rate = FrameRateConverter(fps: 30)
        // Input frames every 40 ms; output frame n shows the input frame latest at or before n/30 s.
        let times: [Int64] = [0, 40_000, 80_000, 120_000, 160_000, 200_000]
        var shown: [Int64: Int] = [:]   // output frame → input frame
        for (index, time) in times.enumerated().dropFirst() {
            for frame in rate.outputs(before: time) { shown[frame] = index - 1 }
        }
        #expect(shown == [0: 0, 1: 0, 2: 1, 3: 2, 4: 3, 5: 4])   // 0 and 33 ms show frame 0; 66 ms shows frame 1 (40 ms)…
        #expect(rate.next == 6)
    }

    @Test func fasterInputsDropFramesAndLateStartsRepeatTheFirst() {
        var rate = FrameRateConverter(fps: 30)
        #expect(rate.outputs(before: 100_000) == 0..<3)   // nothing before 100 ms: the first picture fills 0…2
        var fast = FrameRateConverter(fps: 30)
        let counts = stride(from: Int64(16_667), through: 1_000_000, by: 16_667).map { fast.outputs(before: $0).count }
        #expect(counts.reduce(0, +) == 30 && counts.filter { $0 == 0 }.count >= 28)   // 60 fps → every other frame dropped
        #expect(fast.outputs(before: 500_000).isEmpty)   // time going back never renumbers
    }

    @Test func audioTimelineFillsGapsAndCutsOverlaps() {
        var line = AudioTimeline()
        #expect(line.place(start: 0, count: 1_024) == (0, 0, 0))
        #expect(line.place(start: 1_030, count: 1_024) == (0, 0, 1_024))            // 6 samples of jitter: ignored
        #expect(line.place(start: 5_000, count: 1_024) == (2_952, 0, 2_048))        // a 62 ms hole: silence
        #expect(line.place(start: 4_000, count: 3_000) == (0, 2_024, 6_024))        // overlap: front dropped
        #expect(line.fill(upTo: 10_000) == (3_000, 7_000))
        #expect(line.fill(upTo: 5_000) == (0, 10_000))
    }

    @Test(arguments: [(320, 240, PixelRect(x: 0, y: 84, width: 160, height: 120)),
                      (1080, 1920, PixelRect(x: 0, y: 2, width: 160, height: 284)),
                      (100, 1000, PixelRect(x: 66, y: 0, width: 28, height: 288))])
    func letterboxAndPillarboxAreas(width: Int, height: Int, area: PixelRect) {
        #expect(LiveInputGeometry.fit(sourceWidth: width, sourceHeight: height, width: 160, height: 288) == area)
    }
}

import MediaIO
@testable import Playout
import StandInCore
import Testing

/// The aligner with 4 samples per frame: frame f goes out with feed samples [4f, 4f + 4).
@Suite("Feed aligner")
struct FeedAlignerTests {
    /// A 2x2 image whose first pixel's red is `tag`, to tell frames apart.
    static func image(_ tag: UInt8) -> RGBAImage { RGBAImage(width: 2, height: 2, fill: RGBA(tag, 0, 0)) }
    /// Stereo samples valued `from`, `from + 1`, … (both channels alike).
    static func ramp(_ from: Int, count: Int) -> [Float] { (from..<from + count).flatMap { [Float($0), Float($0)] } }
    static func left(_ audio: [Float]) -> [Float] { stride(from: 0, to: audio.count, by: 2).map { audio[$0] } }

    @Test func aFrameWaitsForItsAudioThenGoesWithExactlyItsSamples() throws {
        var aligner = FeedAligner(samplesPerFrame: 4)
        aligner.add(.video(Self.image(1), frame: 0))
        aligner.add(.video(Self.image(2), frame: 1))
        #expect(aligner.next() == nil)   // no audio yet
        aligner.add(.audio(Self.ramp(0, count: 6), sample: 0))
        let firstOut = aligner.next()
        let first = try #require(firstOut)
        #expect(first.image.pixel(x: 0, y: 0).r == 1)
        #expect(Self.left(first.audio) == [0, 1, 2, 3])
        #expect(aligner.next() == nil)   // frame 1 needs samples up to 8
        aligner.add(.audio(Self.ramp(6, count: 10), sample: 6))
        let secondOut = aligner.next()
        let second = try #require(secondOut)
        #expect(second.image.pixel(x: 0, y: 0).r == 2 && Self.left(second.audio) == [4, 5, 6, 7])
    }

    @Test func audioThatNeverComesIsSilenceAndLateAudioIsDropped() throws {
        var aligner = FeedAligner(samplesPerFrame: 4, maxWaitFrames: 2)
        for frame in 0..<3 { aligner.add(.video(Self.image(UInt8(frame)), frame: Int64(frame))) }
        #expect(aligner.next()?.audio == [Float](repeating: 0, count: 8))   // 3 waiting > 2: frame 0 goes silent
        #expect(aligner.next() == nil)
        aligner.add(.audio(Self.ramp(2, count: 8), sample: 2))   // 2 and 3 are late for frame 0
        let frame1Out = aligner.next()
        let frame1 = try #require(frame1Out)
        #expect(Self.left(frame1.audio) == [4, 5, 6, 7])
    }

    @Test func gapsInFramesAndAudioLeaveNoGapOnTheOutput() throws {
        var aligner = FeedAligner(samplesPerFrame: 4)
        aligner.add(.audio(Self.ramp(0, count: 4), sample: 0))
        aligner.add(.audio(Self.ramp(12, count: 8), sample: 12))   // 4..<12 lost: silence
        aligner.add(.video(Self.image(0), frame: 0))
        aligner.add(.video(Self.image(2), frame: 2))   // frame 1 lost
        aligner.add(.video(Self.image(3), frame: 3))
        let out = [aligner.next(), aligner.next(), aligner.next()].compactMap { $0 }
        #expect(out.map { $0.image.pixel(x: 0, y: 0).r } == [0, 2, 3])
        #expect(out.map { Self.left($0.audio) } == [[0, 1, 2, 3], [0, 0, 0, 0], [12, 13, 14, 15]])
    }

    @Test func resetStartsAFreshSessionNumberedFromZero() throws {
        var aligner = FeedAligner(samplesPerFrame: 4)
        aligner.add(.video(Self.image(9), frame: 40))
        aligner.add(.audio(Self.ramp(160, count: 4), sample: 160))
        aligner.reset()
        #expect(aligner.next() == nil && aligner.waiting == 0)
        aligner.add(.video(Self.image(1), frame: 0))
        aligner.add(.audio(Self.ramp(0, count: 4), sample: 0))
        let firstOut = aligner.next()
        let first = try #require(firstOut)
        #expect(Self.left(first.audio) == [0, 1, 2, 3])
    }

    @Test func readyCountsFramesWhoseAudioIsInOrThatWaitedTooLong() {
        var aligner = FeedAligner(samplesPerFrame: 4, maxWaitFrames: 3)
        for frame in 0..<3 { aligner.add(.video(Self.image(UInt8(frame)), frame: Int64(frame))) }
        #expect(aligner.ready == 0)
        aligner.add(.audio(Self.ramp(0, count: 9), sample: 0))   // frames 0 and 1 complete
        #expect(aligner.ready == 2 && aligner.waiting == 3)
        for frame in 3..<6 { aligner.add(.video(Self.image(UInt8(frame)), frame: Int64(frame))) }
        #expect(aligner.ready == 3, "6 waiting, 3 over the limit")
        _ = aligner.next()
        #expect(aligner.ready == 2)
    }
}

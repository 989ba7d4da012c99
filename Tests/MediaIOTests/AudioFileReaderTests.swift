import Foundation
import MediaIO
import Testing
import TestSupport

@Suite("Reading audio files")
struct AudioFileReaderTests {
    /// A 1-second tone made by the ffmpeg CLI in the given container and channel count.
    func tone(_ name: String, hz: Int, rate: Int, channels: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.path(name)
        try FFprobe.run("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=\(hz):sample_rate=\(rate):duration=1",
                                   "-ac", "\(channels)", path])
        return path
    }

    @Test(arguments: [("tone.mp3", 44_100, 1), ("tone.wav", 22_050, 2), ("tone.m4a", 48_000, 2)])
    func decodesToStereo48kAndLoops(name: String, rate: Int, channels: Int) throws {
        let folder = try TemporaryFolder()
        let reader = try AudioFileReader(path: try tone(name, hz: 440, rate: rate, channels: channels, in: folder), loop: true)
        var samples: [Float] = []
        for _ in 0..<30 { samples += try reader.read(4_800) }   // 3 s from a 1 s file
        #expect(samples.count == 3 * 48_000 * 2)
        let left = stride(from: 0, to: samples.count, by: 2).map { samples[$0] }
        let right = stride(from: 1, to: samples.count, by: 2).map { samples[$0] }
        // Mono and PCM sources give identical channels; AAC stereo differs slightly per channel.
        // (Compared into a Bool: a failing #expect on two long arrays prints both whole.)
        let largestChannelDifference = zip(left, right).map { abs($0 - $1) }.max() ?? 0
        #expect(largestChannelDifference < 0.02, "channels differ by up to \(largestChannelDifference)")
        // Still a 440 Hz tone in the third second: the file looped.
        let third = Array(left[96_000..<144_000])
        let crossings = Signal.zeroCrossingsPerSecond(third, rate: 48_000)
        #expect(abs(crossings - 880) < 40, "zero crossings per second: \(crossings)")
        #expect(Signal.rms(third) > 0.04)   // ffmpeg's sine source has amplitude 1/8: RMS ≈ 0.088
    }

    @Test func withoutLoopTheRestIsSilence() throws {
        let folder = try TemporaryFolder()
        let reader = try AudioFileReader(path: try tone("t.wav", hz: 300, rate: 48_000, channels: 1, in: folder), loop: false)
        let first = try reader.read(48_000)
        let after = try reader.read(48_000)
        #expect(Signal.rms(first) > 0.04)
        #expect(after.count == 96_000)
        #expect(Signal.rms(Array(after[4_000...])) == 0)
    }

    @Test func missingAndCorruptFilesAreErrorsNamingThePath() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("nope.mp3")
        let error = try #require(throws: MediaIOError.self) { try AudioFileReader(path: missing) }
        #expect(error.description.contains(missing))
        let corrupt = try folder.write("bad.mp3", String(repeating: "not audio ", count: 200))
        #expect(throws: MediaIOError.self) {
            let reader = try AudioFileReader(path: corrupt)
            _ = try reader.read(48_000)
        }
    }
}

import Playout
import StandInCore
import Testing
import TestSupport

@Suite("Music bed and ducking")
struct MusicTests {
    @Test func theGeneratedBedIsAudibleDeterministicAndBounded() {
        var a = GeneratedMusic(), b = GeneratedMusic()
        let first = a.read(96_000), second = b.read(96_000)
        let identical = first == second
        #expect(identical)
        #expect(Signal.rms(first) > 0.05)
        #expect(first.allSatisfy { abs($0) <= 1 })
        var later = GeneratedMusic(startingAt: 48_000)
        let resumed = later.read(100) == Array(first[96_000..<96_200])
        #expect(resumed)
    }

    @Test func musicIsDuckedWhileTheHostSpeaksAndComesBackSmoothly() {
        var ducker = Ducker(level: 0.5, duckedLevel: 0.1)
        let speech = [48_000..<96_000]   // seconds 1–2
        let gains = ducker.gains(start: 0, count: 192_000, speech: speech)
        #expect(abs(gains[20_000] - 0.5) < 0.001)          // silence: full level
        #expect(abs(gains[80_000] - 0.1) < 0.01)           // speaking: ducked
        #expect(gains[47_999] < 0.5)                        // ducking starts before the first word
        #expect(abs(gains[191_999] - 0.5) < 0.01)          // back to full a second after
        let steps = zip(gains, gains.dropFirst()).map { abs($0 - $1) }
        #expect(steps.max()! < 0.002, "largest per-sample change \(steps.max()!)")   // no clicks
    }

    @Test func gainsDoNotDependOnChunkSize() {
        var whole = Ducker(level: 0.5, duckedLevel: 0.1), chunked = Ducker(level: 0.5, duckedLevel: 0.1)
        let speech = [10_000..<30_000, 31_000..<40_000]
        let all = whole.gains(start: 0, count: 64_000, speech: speech)
        var pieces: [Float] = []
        for start in stride(from: 0, to: 64_000, by: 1_600) { pieces += chunked.gains(start: start, count: 1_600, speech: speech) }
        let same = all == pieces
        #expect(same)
    }

    @Test func theMixerAddsMusicUnderSpeechAndClips() {
        let speech: [Float] = [0.5, 0.5, 0.9, -0.9]
        let music: [Float] = [0.2, -0.2, 0.5, -0.5]
        #expect(AudioMixer.mix(speech: speech[...], music: music, gains: [0.5, 1]) == [0.6, 0.4, 1, -1])
    }
}

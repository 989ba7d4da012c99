import Testing
@testable import StandInCore
import TestSupport

@Suite("Media time and value types")
struct MediaTimeTests {
    @Test(arguments: [(24, 2000), (25, 1920), (30, 1600), (60, 800)])
    func samplesPerFrameIsExact(fps: Int, samples: Int) {
        let video = VideoSettings(width: 180, height: 320, fps: fps)
        #expect(video.samplesPerFrame == samples)
        #expect(video.problems().isEmpty)
        #expect(video.frameCount(coveringSamples: samples * 3) == 3)
        #expect(video.frameCount(coveringSamples: samples * 3 + 1) == 4)
    }

    @Test func oddSizesAndRatesThatDoNotDivide48kAreRejected() {
        #expect(!VideoSettings(width: 181, height: 320, fps: 30).problems().isEmpty)
        #expect(!VideoSettings(width: 180, height: 320, fps: 29).problems().isEmpty)
    }

    @Test(arguments: [("89", 8900, "89"), ("9.9", 990, "9.9"), ("12.99", 1299, "12.99"), ("0.05", 5, "0.05")])
    func pricesParseExactly(text: String, minor: Int, shown: String) throws {
        let price = try #require(Price(parsing: text))
        #expect(price.minorUnits == minor)
        #expect(price.text == shown)
    }

    @Test(arguments: ["9,9", "-1", "1.234", "", "abc", "1."])
    func badPricesAreRejected(text: String) {
        #expect(Price(parsing: text) == nil)
    }

    @Test func colourHexParses() {
        #expect(RGBA(hex: "#102030") == RGBA(0x10, 0x20, 0x30, 255))
        #expect(RGBA(hex: "#10203040") == RGBA(0x10, 0x20, 0x30, 0x40))
        #expect(RGBA(hex: "red") == nil)
    }

    @Test func visemeTrackLooksUpAndRestsOutside() {
        let track = VisemeTrack(cues: [.init(sample: 100, viseme: .open), .init(sample: 300, viseme: .closed)], length: 500)
        #expect(track.viseme(at: 0) == .rest)
        #expect(track.viseme(at: 99) == .rest)
        #expect(track.viseme(at: 100) == .open)
        #expect(track.viseme(at: 299) == .open)
        #expect(track.viseme(at: 499) == .closed)
        #expect(track.viseme(at: 500) == .rest)
    }

    @Test func joinedTracksRestBetweenParts() {
        let word = VisemeTrack(cues: [.init(sample: 0, viseme: .open)], length: 100)
        let joined = VisemeTrack.joined([(offset: 0, track: word), (offset: 200, track: word)], length: 400)
        #expect(joined.viseme(at: 50) == .open)
        #expect(joined.viseme(at: 150) == .rest)
        #expect(joined.viseme(at: 250) == .open)
        #expect(joined.viseme(at: 350) == .rest)
    }
}

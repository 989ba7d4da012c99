import Testing
import StandInCore

@Suite("MediaTime and the WxH size parser")
struct MediaTimeValueTests {
    @Test func mediaTimeIsWholeSamples() {
        let start = MediaTime.seconds(2)
        let frame = MediaTime(frames: 1, fps: 30)
        #expect(start.samples == 96_000 && frame.samples == 1_600)
        #expect((start + frame).milliseconds == 2_033)
        #expect((start - frame) < start && MediaTime.zero < frame)
        #expect(MediaTime(samples: 47_999).wholeSeconds == 0)
    }

    @Test(arguments: [("720x1280", 720, 1280), ("1080X1920", 1080, 1920), ("64x64", 64, 64)])
    func sizesParse(text: String, width: Int, height: Int) throws {
        let size = try #require(VideoSettings.parseSize(text))
        #expect(size.width == width && size.height == height)
    }

    @Test(arguments: ["720", "720x", "x1280", "720x1280x2", "720*1280", "", "axb", "720xx1280", "-x-"])
    func malformedSizesAreRejected(text: String) {
        #expect(VideoSettings.parseSize(text) == nil)
    }
}

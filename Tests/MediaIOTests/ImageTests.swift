import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

@Suite("Image decode and encode")
struct ImageTests {
    @Test func pngRoundTripIsLossless() throws {
        let directory = try TemporaryFolder()
        let width = 37, height = 21   // odd sizes catch stride mistakes
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for i in 0..<pixels.count { pixels[i] = UInt8((i * 7 + i / 5) % 256) }
        let image = RGBAImage(width: width, height: height, pixels: pixels)
        let path = directory.path("round.png")
        try ImageEncoder.writePNG(image, to: path)
        #expect(try ImageDecoder.decode(path: path) == image)
    }

    @Test func decodesJPEGMadeByFFmpeg() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("blue.jpg")
        try FFprobe.run("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "color=c=0x3366CC:s=64x48", "-frames:v", "1", path])
        let image = try ImageDecoder.decode(path: path)
        #expect(image.width == 64 && image.height == 48)
        let pixel = image.pixel(x: 32, y: 24)
        #expect(abs(Int(pixel.r) - 0x33) <= 6 && abs(Int(pixel.g) - 0x66) <= 6 && abs(Int(pixel.b) - 0xCC) <= 6, "\(pixel)")
        #expect(pixel.a == 255)
    }

    @Test func missingFileErrorNamesThePath() throws {
        let path = "/nonexistent-standin/product.png"
        let error = try #require(throws: MediaIOError.self) { try ImageDecoder.decode(path: path) }
        #expect(error.description.contains(path))
        #expect(error.description.contains("No such file"))
    }

    @Test func corruptFileIsAnError() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("corrupt.png")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: MediaIOError.self) { try ImageDecoder.decode(path: path) }
        #expect(error.description.contains(path))
    }
}

@Suite("Audio resampling")
struct AudioResamplerTests {
    @Test func speechRateToStereo48k() throws {
        let resampler = try AudioResampler(inputRate: 22_050)
        let tone = Signal.monoTone(hz: 440, rate: 22_050, seconds: 1)
        for _ in 0..<2 {   // a second clip must not carry state from the first
            let output = try resampler.resample(tone)
            #expect(abs(output.count - 96_000) <= 8, "got \(output.count) floats")
            let left = stride(from: 0, to: output.count, by: 2).map { output[$0] }
            let right = stride(from: 1, to: output.count, by: 2).map { output[$0] }
            #expect(left == right)
            let middle = Array(left[2_400..<45_600])
            #expect(abs(Signal.zeroCrossingsPerSecond(middle, rate: 48_000) - 880) < 10)
            #expect(abs(Signal.rms(middle) - 12_000.0 / 32_768 / 2.0.squareRoot()) < 0.01, "full level, not -3 dB")
            // Converted in slices of 4,096 input samples: no seam between them. A 440 Hz sine
            // at this level moves at most 0.021 from one 48 kHz sample to the next.
            let steps = zip(middle, middle.dropFirst()).map { abs($0 - $1) }
            #expect(steps.max()! < 0.025, "largest step \(steps.max()!)")
        }
    }

    /// Mono output (speech kept in a timeline) is either channel of the stereo, sample for sample.
    @Test func monoIsOneChannelOfTheStereo() throws {
        let tone = Signal.monoTone(hz: 440, rate: 22_050, seconds: 1)
        let mono = try AudioResampler.toMono48k(tone, inputRate: 22_050)
        let stereo = try AudioResampler.toStereo48k(tone, inputRate: 22_050)
        #expect(mono.count * 2 == stereo.count)
        #expect(mono == stride(from: 0, to: stereo.count, by: 2).map { stereo[$0] })
        #expect(throws: MediaIOError.self) { try AudioResampler(inputRate: 22_050, channels: 3) }
    }

    @Test func oneShotMatchesInstance() throws {
        let tone = Signal.monoTone(hz: 300, rate: 16_000, seconds: 0.5)
        #expect(try AudioResampler.toStereo48k(tone, inputRate: 16_000) == AudioResampler(inputRate: 16_000).resample(tone))
    }
}

@Suite("Image decode limits")
struct ImageLimitTests {
    @Test("a picture over the pixel limit is refused, naming its size")
    func overTheLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("wide.png")
        try ImageEncoder.writePNG(RGBAImage(width: 40, height: 30), to: path)
        #expect(try ImageDecoder.decode(path: path, maxPixels: 1_200).width == 40)
        #expect { try ImageDecoder.decode(path: path, maxPixels: 1_199) } throws: { error in
            "\(error)".contains("is 40x30 pixels") && "\(error)".contains(path)
        }
    }

    @Test("a PNG whose header claims 100000x100000 is refused before it is decoded")
    func hugeHeader() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        bytes += [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 6, 0, 0, 0, 0, 0, 0, 0]
        let path = folder.path("bomb.png")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect { try ImageDecoder.decode(path: path) } throws: { "\($0)".contains("100000x100000") }
        #expect(ImageDecoder.maxPixels == 8192 * 4096)
    }

    @Test("a folder or a text file is not a picture, and the error says which")
    func notAPicture() throws {
        let folder = try TemporaryFolder()
        #expect { try ImageDecoder.decode(path: folder.url.path) } throws: { "\($0)".contains("is a folder") }
        let text = try folder.write("note.png", "hello")
        #expect { try ImageDecoder.decode(path: text) } throws: { "\($0)".contains(text) }
        #expect { try AudioFileReader(path: folder.url.path) } throws: { "\($0)".contains("is a folder") }
    }
}

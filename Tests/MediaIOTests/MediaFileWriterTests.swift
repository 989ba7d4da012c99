import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport

/// Encodes real video and audio, muxes them, and checks the file with the ffprobe/ffmpeg CLIs.
@Suite("Encode and mux")
struct MediaFileWriterTests {
    static let video = VideoSettings(width: 160, height: 288, fps: 30)
    /// One colour per second; not fully saturated so YUV rounding stays small.
    static let colours = [RGBA(200, 40, 40), RGBA(40, 60, 200)]
    static let metadata = ["AIGC": #"{"Label":"1","ContentProducer":"StandIn"}"#, "comment": "StandIn 测试"]

    /// Writes `colours.count` seconds of solid frames plus a 440 Hz tone to `path`.
    static func render(to path: String, fastChroma: Bool) throws {
        let globalHeader = MediaFileWriter.needsGlobalHeader(path: path)
        let settings = VideoEncoderSettings(video: video, preset: "ultrafast", fastChroma: fastChroma)
        let videoEncoder = try VideoEncoder(settings, globalHeader: globalHeader)
        let audioEncoder = try AudioEncoder(globalHeader: globalHeader)
        let writer = try MediaFileWriter(path: path, video: videoEncoder.streamInfo, audio: audioEncoder.streamInfo,
                                         metadata: metadata)
        let images = colours.map { RGBAImage(width: video.width, height: video.height, fill: $0) }
        let tone = Signal.stereoTone(hz: 440, seconds: Double(colours.count))
        let chunk = video.samplesPerFrame * 2
        for n in 0..<(colours.count * video.fps) {
            for packet in try videoEncoder.encode(images[n / video.fps], frameIndex: Int64(n)) {
                #expect(packet.duration == 1)
                try writer.write(packet)
            }
            for packet in try audioEncoder.encode(Array(tone[n * chunk..<(n + 1) * chunk])) { try writer.write(packet) }
        }
        for packet in try videoEncoder.flush() + audioEncoder.flush() { try writer.write(packet) }
        #expect(!FileManager.default.fileExists(atPath: path), "the file appears only after finish()")
        #expect(FileManager.default.fileExists(atPath: writer.partialPath))
        try writer.finish()
    }

    @Test("MP4 and FLV: streams, frame count, durations, metadata, pixels, tone",
          arguments: [("mp4", false), ("flv", true)])
    func roundTrip(container: String, fastChroma: Bool) throws {
        let directory = try TemporaryFolder()
        let path = directory.path("render.\(container)")
        try Self.render(to: path, fastChroma: fastChroma)
        #expect((try directory.contents()) == ["render.\(container)"], "no .partial left behind")

        let probe = try FFprobe.probe(path)
        let streams = try #require(probe["streams"] as? [[String: Any]])
        let video = try #require(streams.first { $0["codec_type"] as? String == "video" })
        let audio = try #require(streams.first { $0["codec_type"] as? String == "audio" })
        #expect(streams.count == 2)
        let frameCount = Self.colours.count * Self.video.fps
        #expect(video["codec_name"] as? String == "h264")
        #expect(video["width"] as? Int == Self.video.width)
        #expect(video["height"] as? Int == Self.video.height)
        #expect(video["avg_frame_rate"] as? String == "\(Self.video.fps)/1")
        #expect(video["nb_read_frames"] as? String == "\(frameCount)")
        if container == "mp4" { #expect(video["nb_frames"] as? String == "\(frameCount)") }
        #expect(audio["codec_name"] as? String == "aac")
        #expect(audio["sample_rate"] as? String == "48000")
        #expect(audio["channels"] as? Int == 2)

        if container == "mp4" {   // stream headers carry exact durations (the edit list drops AAC priming)
            let seconds = Double(Self.colours.count)
            #expect(Double(video["duration"] as? String ?? "") == seconds)
            #expect(abs((Double(audio["duration"] as? String ?? "") ?? 0) - seconds) <= 1024.0 / 48_000)
        }
        let ends = try FFprobe.endTimes(path)
        let videoEnd = try #require(ends["video"]), audioEnd = try #require(ends["audio"])
        #expect(abs(videoEnd - audioEnd) <= 1024.0 / 48_000 + 0.002, "video ends at \(videoEnd), audio at \(audioEnd)")

        let tags = try #require((probe["format"] as? [String: Any])?["tags"] as? [String: String])
        for (key, value) in Self.metadata { #expect(tags[key] == value, "metadata \(key): \(tags)") }

        try Self.checkPixels(path, frameCount: frameCount)
        // MP4 has an edit list that hides the encoder's 1024 priming samples; FLV has none.
        try Self.checkTone(path, seconds: Double(Self.colours.count), slack: container == "mp4" ? 1024 : 2048)
    }

    static func checkPixels(_ path: String, frameCount: Int) throws {
        let rgb = try FFprobe.decodeRGB24(path)
        let frameBytes = video.width * video.height * 3
        #expect(rgb.count == frameCount * frameBytes)
        for (second, colour) in colours.enumerated() {
            let frame = second * video.fps + video.fps / 2
            for (x, y) in [(video.width / 2, video.height / 2), (3, 3)] {
                let offset = frame * frameBytes + (y * video.width + x) * 3
                guard offset + 2 < rgb.count else { Issue.record("frame \(frame) missing"); return }
                let got = (Int(rgb[offset]), Int(rgb[offset + 1]), Int(rgb[offset + 2]))
                let close = abs(got.0 - Int(colour.r)) <= 8 && abs(got.1 - Int(colour.g)) <= 8 && abs(got.2 - Int(colour.b)) <= 8
                #expect(close, "frame \(frame) at (\(x),\(y)) is \(got), want \(colour)")
            }
        }
    }

    static func checkTone(_ path: String, seconds: Double, slack: Double) throws {
        let samples = try FFprobe.decodeMonoS16(path)
        #expect(abs(Double(samples.count) - seconds * 48_000) <= slack, "decoded \(samples.count) samples")
        let middle = samples.dropFirst(4_800).dropLast(4_800).map { Double($0) / 32_768 }
        let crossings = Signal.zeroCrossingsPerSecond(Array(middle), rate: 48_000)
        #expect(abs(crossings - 880) < 20, "zero crossings per second: \(crossings)")
        let rms = Signal.rms(Array(middle))
        #expect(abs(rms - 0.5 / 2.0.squareRoot()) < 0.05, "RMS \(rms)")
    }
}

/// A writer that does not finish must leave nothing that looks like output.
@Suite("Writer failure leaves no file")
struct MediaFileWriterFailureTests {
    static func encoders(globalHeader: Bool = true) throws -> (VideoEncoder, AudioEncoder) {
        (try VideoEncoder(VideoEncoderSettings(video: VideoSettings(width: 64, height: 64, fps: 25), preset: "ultrafast"),
                          globalHeader: globalHeader),
         try AudioEncoder(globalHeader: globalHeader))
    }

    @Test func abandonDeletesPartialFile() throws {
        let directory = try TemporaryFolder()
        let (video, audio) = try Self.encoders()
        let writer = try MediaFileWriter(path: directory.path("a.mp4"), video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
        for packet in try video.encode(RGBAImage(width: 64, height: 64), frameIndex: 0) + video.flush() {
            try writer.write(packet)
        }
        #expect((try directory.contents()) == ["a.mp4.partial"])
        writer.abandon()
        #expect((try directory.contents()).isEmpty)
        #expect(throws: MediaIOError.self) { try writer.finish() }
        #expect((try directory.contents()).isEmpty)
    }

    @Test func releasingUnfinishedWriterDeletesPartialFile() throws {
        let directory = try TemporaryFolder()
        let (video, audio) = try Self.encoders()
        do {
            let writer = try MediaFileWriter(path: directory.path("b.flv"), video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
            for packet in try audio.encode(Signal.stereoTone(hz: 440, seconds: 0.1)) { try writer.write(packet) }
            #expect((try directory.contents()) == ["b.flv.partial"])
        }
        #expect((try directory.contents()).isEmpty)
    }

    @Test func missingDirectoryNamesThePath() throws {
        let (video, audio) = try Self.encoders()
        let path = "/nonexistent-standin-dir/c.mp4"
        let error = try #require(throws: MediaIOError.self) {
            try MediaFileWriter(path: path, video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
        }
        #expect(error.description.contains(path))
    }

    @Test func mp4NeedsGlobalHeaderEncoders() throws {
        let directory = try TemporaryFolder()
        #expect(MediaFileWriter.needsGlobalHeader(path: "x.mp4"))
        #expect(MediaFileWriter.needsGlobalHeader(path: "x.flv"))
        let (video, audio) = try Self.encoders(globalHeader: false)
        #expect(throws: MediaIOError.self) {
            try MediaFileWriter(path: directory.path("d.mp4"), video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
        }
        #expect((try directory.contents()).isEmpty)
    }

    @Test func unknownFormatIsAnError() throws {
        let directory = try TemporaryFolder()
        let (video, audio) = try Self.encoders()
        #expect(throws: MediaIOError.self) {
            try MediaFileWriter(path: directory.path("e.mp4"), format: "no-such-format",
                                video: video.streamInfo, audio: audio.streamInfo, metadata: [:])
        }
        #expect((try directory.contents()).isEmpty)
    }
}

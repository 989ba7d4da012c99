import MediaIO
import Playout
import Testing

@Suite("Destination redaction, bitrate, pacing")
struct DestinationTests {
    @Test("stream keys, user info and queries are hidden", arguments: [
        ("rtmp://push.example.com/live/sk-123", "rtmp://push.example.com/live/****"),
        ("rtmps://a.rtmp.youtube.com:443/live2/abcd-efgh", "rtmps://a.rtmp.youtube.com:443/live2/****"),
        ("rtmp://user:pw@host/app/key?auth=t0ken&x=1", "rtmp://****@host/app/****?****"),
        ("rtmp://host/app/key/", "rtmp://host/app/****/"),
        ("rtmp://host/key", "rtmp://host/****"),
        ("rtmp://host", "rtmp://host"),
        ("/var/standin/recording.flv", "/var/standin/recording.flv"),
    ])
    func redaction(url: String, redacted: String) {
        let destination = Destination(name: "d", url: url)
        #expect(destination.redactedURL == redacted)
        #expect("\(destination)" == "d (\(redacted))")
        var dumped = ""
        dump(destination, to: &dumped)
        #expect(!dumped.contains("sk-123") && !dumped.contains("abcd-efgh") && !dumped.contains("t0ken"))
    }

    @Test func bitrateOverTheLastFiveSeconds() {
        var meter = BitrateMeter(window: .seconds(5))
        #expect(meter.bitsPerSecond(at: .seconds(1)) == 0)
        for second in 0..<10 { meter.record(bytes: 125_000, at: .seconds(second)) }   // 1 Mb each second
        #expect(meter.bitsPerSecond(at: .seconds(9)) == 1_000_000)
        #expect(meter.bitsPerSecond(at: .seconds(12)) == 400_000, "only seconds 8 and 9 are inside (7, 12]")
        #expect(meter.bitsPerSecond(at: .seconds(20)) == 0)
        var young = BitrateMeter(window: .seconds(5))
        young.record(bytes: 1_000, at: .seconds(10))
        young.record(bytes: 1_000, at: .seconds(12))
        #expect(young.bitsPerSecond(at: .seconds(12)) == 8_000, "2,000 bytes over the 2 s since the first")
    }

    @Test func pacerReleasesAtStartPlusPTS() {
        let clock = ManualClock(now: .seconds(100))
        let pacer = Pacer(clock: clock)
        #expect(pacer.due(videoPacket(45)) == .milliseconds(101_500))
        #expect(pacer.due(audioPacket(75)) == .milliseconds(101_600))
        #expect(pacer.wait(for: videoPacket(30)) == .zero)
        #expect(clock.now == .seconds(101))
        #expect(pacer.wait(for: audioPacket(0)) == .seconds(1), "already due: released at once, 1 s late")
        #expect(clock.now == .seconds(101))
        clock.advance(by: .seconds(2))
        let packet = videoPacket(60)
        #expect(pacer.wait(for: packet) == .seconds(1))
        #expect(packet.pts == 60, "timestamps are never changed")
    }

    @Test func acceleratedClockPacesFaster() {
        let clock = SystemClock(speed: 4)
        let pacer = Pacer(clock: clock)
        let started = ContinuousClock.now
        pacer.wait(for: videoPacket(12))           // 0.4 s of media
        let elapsed = started.duration(to: .now)
        #expect(elapsed >= .milliseconds(95) && elapsed < .milliseconds(400), "took \(elapsed)")
    }
}

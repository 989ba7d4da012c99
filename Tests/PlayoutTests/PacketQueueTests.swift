import MediaIO
import Playout
import Testing

/// Video frame `n` at 30 fps.
func videoPacket(_ n: Int64, key: Bool = false, bytes: Int = 100) -> EncodedPacket {
    EncodedPacket(kind: .video, data: [UInt8](repeating: 0, count: bytes), pts: n, dts: n, duration: 1,
                  isKeyframe: key, timeBase: Rational(1, 30))
}

/// AAC frame `n` (1024 samples at 48 kHz).
func audioPacket(_ n: Int64, bytes: Int = 10) -> EncodedPacket {
    EncodedPacket(kind: .audio, data: [UInt8](repeating: 0, count: bytes), pts: n * 1024, dts: n * 1024,
                  duration: 1024, isKeyframe: true, timeBase: Rational(1, 48_000))
}

@Suite("Destination queue")
struct PacketQueueTests {
    static func drain(_ queue: inout PacketQueue) -> [String] {
        var names: [String] = []
        while let packet = queue.pop() { names.append("\(packet.kind == .video ? "v" : "a")\(packet.kind == .video ? packet.pts : packet.pts / 1024)") }
        return names
    }

    @Test func waitsForTheFirstKeyframe() {
        var queue = PacketQueue()
        queue.mode = .sending
        for packet in [videoPacket(0), videoPacket(1), audioPacket(0), videoPacket(2, key: true), videoPacket(3)] { queue.push(packet) }
        #expect(Self.drain(&queue) == ["a0", "v2", "v3"])
        #expect(queue.dropped == 2)
    }

    @Test func whileWaitingOnlyTheNewestGOPIsKept() {
        var queue = PacketQueue()    // starts .waiting: not connected yet
        queue.push(videoPacket(0, key: true))
        queue.push(videoPacket(1))
        queue.push(audioPacket(0))                 // 0 … 21 ms
        queue.push(audioPacket(3))                 // 64 ms: before frame 2 (66.7 ms)
        queue.push(audioPacket(4))                 // 85 ms: plays after frame 2 starts
        queue.push(videoPacket(2, key: true))      // discards v0, v1, a0, a3; keeps a4
        queue.push(videoPacket(3))
        #expect(queue.dropped == 3)
        #expect(Self.drain(&queue) == ["a3", "a4", "v2", "v3"])
    }

    @Test func fullQueueDropsAndVideoResumesAtAKeyframe() {
        var queue = PacketQueue(limits: .init(maxPackets: 3))
        queue.mode = .sending
        for n in Int64(0)..<3 { queue.push(videoPacket(n, key: n == 0)) }
        queue.push(videoPacket(3))                 // full: dropped, video now waits for a keyframe
        #expect(queue.dropped == 1)
        _ = queue.pop()
        queue.push(videoPacket(4))                 // room again, but not a keyframe: dropped
        queue.push(audioPacket(5))                 // audio resumes as soon as it fits
        _ = queue.pop()
        queue.push(videoPacket(5, key: true))
        queue.push(videoPacket(6))
        #expect(queue.dropped == 3)
        #expect(Self.drain(&queue) == ["v2", "a5", "v5"])
    }

    @Test func boundedByBytesAndDuration() {
        var bytes = PacketQueue(limits: .init(maxBytes: 250))
        bytes.mode = .sending
        for n in Int64(0)..<3 { bytes.push(videoPacket(n, key: n == 0)) }
        #expect(bytes.count == 2 && bytes.bytes == 200 && bytes.dropped == 1)

        var duration = PacketQueue(limits: .init(maxDuration: .seconds(1)))
        duration.mode = .sending
        for n in Int64(0)...40 { duration.push(videoPacket(n, key: n == 0)) }
        #expect(duration.count == 31, "frames 0…30 span exactly 1 s")
        #expect(duration.dropped == 10)
    }

    @Test func connectionLostRestartsAtTheNewestKeyframe() {
        var queue = PacketQueue()
        queue.mode = .sending
        for packet in [videoPacket(0, key: true), videoPacket(1), audioPacket(0), videoPacket(2, key: true),
                       audioPacket(4), videoPacket(3)] { queue.push(packet) }
        queue.connectionLost()
        #expect(queue.mode == .waiting)
        #expect(queue.dropped == 3)
        #expect(Self.drain(&queue) == ["v2", "a4", "v3"])
    }

    @Test func connectionLostWithoutKeyframeWaitsForOne() {
        var queue = PacketQueue()
        queue.mode = .sending
        queue.push(videoPacket(0, key: true))
        _ = queue.pop()
        queue.push(videoPacket(1))
        queue.push(audioPacket(1))
        queue.connectionLost()
        queue.push(videoPacket(2))
        #expect(queue.dropped == 2)
        #expect(Self.drain(&queue) == ["a1"])
    }

    @Test func longRunsCompactTheStorage() {
        var queue = PacketQueue()
        queue.mode = .sending
        for n in Int64(0)..<10_000 {
            queue.push(videoPacket(n, key: n == 0))
            #expect(queue.pop()?.pts == n)
        }
        #expect(queue.isEmpty && queue.bytes == 0 && queue.dropped == 0)
    }
}

@Suite("Keyframe start")
struct KeyframeStartTests {
    @Test func holdsAudioAndReleasesWhatPlaysFromTheKeyframe() {
        var start = KeyframeStart()
        #expect(start.admit(audioPacket(-1)).isEmpty)     // AAC priming: -21 … 0 ms
        #expect(start.admit(audioPacket(1)).isEmpty)      // 21 … 43 ms: still playing at 33 ms
        #expect(start.admit(audioPacket(2)).isEmpty)      // 43 ms …
        #expect(start.admit(videoPacket(0)).isEmpty)      // not a keyframe
        let released = start.admit(videoPacket(1, key: true))   // 33.3 ms
        #expect(released.map(\.kind) == [.video, .audio, .audio])
        #expect(released.map(\.pts) == [1, 1024, 2048])
        #expect(start.dropped == 2, "the priming packet (over before frame 1) and frame 0")
        #expect(start.admit(videoPacket(2)).count == 1)
    }

    @Test func pendingAudioIsBounded() {
        var start = KeyframeStart(maxPendingAudio: 2)
        for n in Int64(0)..<5 { _ = start.admit(audioPacket(n)) }
        #expect(start.dropped == 3)
        #expect(start.admit(videoPacket(0, key: true)).count == 3)
    }
}

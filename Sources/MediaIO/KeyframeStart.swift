/// Holds back the first packets of a fresh muxer until a video keyframe arrives, so that a
/// stream that (re)connects mid-programme starts with a frame a player can decode.
///
/// Encoders return video later than the audio of the same moment (x264 looks ahead), so audio
/// that arrives before the keyframe is kept (bounded) and the packets still playing at the
/// keyframe's time (ending at or after it) are released with it; earlier audio and all earlier
/// video are dropped and counted. (So an AAC encoder's priming packet, ending at 0, is kept.)
///
/// ```swift
/// var start = KeyframeStart()
/// for packet in incoming { for ready in start.admit(packet) { try output.write(ready) } }
/// ```
public struct KeyframeStart: Sendable {
    /// True once the first video keyframe went through; after that every packet passes.
    public private(set) var started = false
    /// Packets thrown away before the start.
    public private(set) var dropped = 0
    /// Most audio packets held while waiting (older ones are dropped first).
    public let maxPendingAudio: Int
    private var pendingAudio: [EncodedPacket] = []

    public init(maxPendingAudio: Int = 256) {
        self.maxPendingAudio = max(maxPendingAudio, 1)
    }

    /// The packets to write now, in order.
    public mutating func admit(_ packet: EncodedPacket) -> [EncodedPacket] {
        if started { return [packet] }
        switch packet.kind {
        case .audio:
            pendingAudio.append(packet)
            if pendingAudio.count > maxPendingAudio {
                pendingAudio.removeFirst()
                dropped += 1
            }
            return []
        case .video where !packet.isKeyframe:
            dropped += 1
            return []
        case .video:
            started = true
            let keyTime = packet.presentationTime
            let audio = pendingAudio.filter { $0.presentationTime + $0.playTime >= keyTime }
            dropped += pendingAudio.count - audio.count
            pendingAudio = []
            return [packet] + audio
        }
    }
}

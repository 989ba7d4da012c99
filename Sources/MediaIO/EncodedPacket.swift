import CFFmpeg

/// A time base or frame rate as an exact fraction (`num/den` seconds per tick).
public struct Rational: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var num: Int32
    public var den: Int32

    public init(_ num: Int32, _ den: Int32) { self.num = num; self.den = den }

    init(_ rational: AVRational) { self.init(rational.num, rational.den) }

    var av: AVRational { AVRational(num: num, den: den) }

    public var description: String { "\(num)/\(den)" }
}

/// One compressed access unit, owned by Swift, ready to hand to another thread or a muxer.
public struct EncodedPacket: Sendable, Equatable {
    /// Which stream of a file the packet belongs to.
    public enum Kind: Sendable, Equatable { case video, audio }

    public var kind: Kind
    public var data: [UInt8]
    /// Presentation time in `timeBase` ticks.
    public var pts: Int64
    /// Decoding time in `timeBase` ticks (below `pts` for frames that B-frames depend on).
    public var dts: Int64
    /// Length in `timeBase` ticks; never 0.
    public var duration: Int64
    public var isKeyframe: Bool
    /// The encoder's time base: `1/fps` for video, `1/48000` for audio.
    public var timeBase: Rational

    public init(kind: Kind, data: [UInt8], pts: Int64, dts: Int64, duration: Int64, isKeyframe: Bool, timeBase: Rational) {
        self.kind = kind; self.data = data; self.pts = pts; self.dts = dts
        self.duration = duration; self.isKeyframe = isKeyframe; self.timeBase = timeBase
    }

    /// Copies a packet the encoder returned.
    init(_ packet: AVPacket, kind: Kind, timeBase: Rational, fallbackDuration: Int64) {
        let nopts = standin_nopts_value()
        let data = packet.data.map { Array(UnsafeBufferPointer(start: $0, count: Int(packet.size))) } ?? []
        let pts = packet.pts == nopts ? packet.dts : packet.pts
        self.init(kind: kind, data: data, pts: pts, dts: packet.dts == nopts ? pts : packet.dts,
                  duration: packet.duration > 0 ? packet.duration : fallbackDuration,
                  isKeyframe: packet.flags & AV_PKT_FLAG_KEY != 0, timeBase: timeBase)
    }
}

import Foundation

/// The packets of one stream of a media file, as ffprobe reports them (seconds, file order).
public struct PacketList: Sendable {
    public struct Packet: Sendable {
        public var pts: Double
        public var dts: Double
        public var duration: Double
        public var isKeyframe: Bool
    }

    public var packets: [Packet]

    /// `stream` is ffprobe's selector: `v:0` or `a:0`.
    public init(path: String, stream: String) throws {
        let csv = try FFprobe.run("ffprobe", ["-v", "error", "-select_streams", stream, "-show_entries",
                                              "packet=pts_time,dts_time,duration_time,flags", "-of", "csv=p=0", path])
        packets = String(decoding: csv, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let pts = Double(fields[0]), let dts = Double(fields[1]) else { return nil }
            return Packet(pts: pts, dts: dts, duration: Double(fields[2]) ?? 0, isKeyframe: fields[3].hasPrefix("K"))
        }
    }

    public var count: Int { packets.count }

    /// Whether decode times only grow.
    public var dtsIncreasing: Bool { zip(packets, packets.dropFirst()).allSatisfy { $0.dts < $1.dts } }

    /// Whether presentation times, in presentation order, are all distinct (no repeats, no overlap).
    public var ptsDistinct: Bool {
        let sorted = packets.map(\.pts).sorted()
        return zip(sorted, sorted.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// The largest step between consecutive presentation times (sorted): a gap shows as a big step.
    public var largestPTSStep: Double {
        let sorted = packets.map(\.pts).sorted()
        return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.max() ?? 0
    }

    public var firstPTS: Double? { packets.map(\.pts).min() }
    public var endTime: Double? { packets.map { $0.pts + $0.duration }.max() }
}

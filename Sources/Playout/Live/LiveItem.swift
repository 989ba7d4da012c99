import Foundation
import MediaIO
import Scheduler
import StandInCore

/// What the render thread hands the sender thread, in stream order.
enum LiveItem: Sendable {
    /// A segment starts airing: the sender keeps it in `<state>/on-air.json` until its as-run
    /// entry is written, so a kill cannot lose it.
    case segmentBegins(OnAirMarker)
    /// A segment starts airing (for the operator's status).
    case segmentStarts(SegmentSummary)
    /// An encoded packet for a session's destinations.
    case packet(EncodedPacket, any PacketSink)
    /// A session is over (a human shift starts, or the stream stops): write trailers, close.
    case sessionEnds(any PacketSink)
    /// A segment has aired once the clock reaches `end` (output position): log it.
    case aired(AsRunRecord, end: MediaTime)
    /// Planned segments a forward wall-clock step jumped over: log them (`skipped`), at once.
    case skipped([AsRunRecord])
    /// A viewer's answer starts here: the question's latency is measured when it airs.
    case answerAirs(questionID: String, askedAt: Date, length: Int)
}

/// What the status line says about the segment on air.
struct SegmentSummary: Sendable, CustomStringConvertible {
    var block: Segment.Block
    /// The segment's kind, or `relay` for a relayed shift's feed or cover.
    var kind: String
    var productID: String?
    /// The persona on air (`id version`).
    var personaVersion: String
    var description: String { "\(block.rawValue) \(kind)" + (productID.map { " \($0)" } ?? "") }
}

import MediaIO

/// Where a publishing session's encoded packets go: the send stage hands each packet to one
/// sink when its time comes and stops the sink when the session ends. In production that is
/// an `OutputFanOut` (an RTMP/FLV muxer per destination, each on its own thread); tests use a
/// `RecordingPacketSink`, which keeps every packet in memory.
///
/// ```swift
/// var options = LiveOptions(stateFolder: folder)
/// let recorded = RecordingSinks()
/// options.makeSink = recorded.make          // every session's packets stay in memory
/// ```
public protocol PacketSink: AnyObject, Sendable {
    /// Takes one packet; never blocks beyond a short lock.
    func send(_ packet: EncodedPacket)
    /// Sends what is queued, finishes (trailers, disconnects); false when something did not end within `timeout`.
    @discardableResult
    func stop(timeout: Duration) -> Bool
    /// One status per destination, for the status line and the API.
    var statuses: [DestinationStatus] { get }
}

extension OutputFanOut: PacketSink {}

/// Makes the sink of one publishing session: its streams, the destinations it goes to (a
/// recording's file named for the session), and the queue and muxer settings.
public typealias PacketSinkFactory = @Sendable (_ video: StreamInfo, _ audio: StreamInfo, _ destinations: [Destination],
                                                _ settings: DestinationSettings) -> any PacketSink

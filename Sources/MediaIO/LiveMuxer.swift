import CFFmpeg

/// Muxes one video and one audio stream as FLV to a live endpoint (`rtmp://…`, `rtmps://…`)
/// or to a local `.flv` recording, starting at the first video keyframe.
///
/// Unlike `MediaFileWriter` there is no `.partial` file: a live stream is used while it is
/// written, and a recording stays readable up to its last packet if the process dies. Socket
/// reads and writes time out after `Settings.ioTimeout`; `interrupt.abort()` from any other
/// thread makes a blocked open or write fail at once. Every message names `displayName`
/// (give it the URL with its stream key hidden), never `url`. Not Sendable: one writer thread.
///
/// ```swift
/// let muxer = try LiveMuxer(url: "rtmp://host/live/KEY", displayName: "rtmp://host/live/****",
///                           video: video.streamInfo, audio: audio.streamInfo)
/// for packet in packets { try muxer.write(packet) }
/// try muxer.finish()
/// ```
public final class LiveMuxer {
    /// Timeouts and buffering of one live output.
    public struct Settings: Sendable, Equatable {
        /// How long one socket read or write may block before it fails (libav's `rw_timeout`).
        public var ioTimeout: Duration
        /// How long libav's interleaving may hold one stream back while waiting for the other.
        public var maxInterleaveDelta: Duration
        /// The socket's send buffer (libav's `send_buffer_size`); nil: the kernel's, which
        /// grows to megabytes and hides a frozen peer for many seconds.
        public var sendBufferBytes: Int?

        public init(ioTimeout: Duration = .seconds(5), maxInterleaveDelta: Duration = .seconds(1),
                    sendBufferBytes: Int? = 256 << 10) {
            self.ioTimeout = ioTimeout
            self.maxInterleaveDelta = maxInterleaveDelta
            self.sendBufferBytes = sendBufferBytes
        }
    }

    /// The URL or path with secrets hidden, as every error names it.
    public let displayName: String
    /// Aborts this muxer's blocked network calls from another thread.
    public let interrupt: IOInterrupt
    private let settings: Settings
    private let output: OutputFile
    private var start = KeyframeStart()
    private var isOpen = true

    /// Connects (or creates the file) and writes the FLV header; throws `MediaIOError` naming
    /// `displayName` when the endpoint refuses, times out or is aborted.
    public init(url: String, displayName: String, video: StreamInfo, audio: StreamInfo,
                metadata: [String: String] = [:], settings: Settings = Settings(),
                interrupt: IOInterrupt = IOInterrupt()) throws {
        guard video.kind == .video, audio.kind == .audio else {
            throw MediaIOError.invalidInput("LiveMuxer needs a video and an audio StreamInfo, in that order")
        }
        let isNetwork = url.contains("://") && !url.hasPrefix("file:")
        if isNetwork { LibAV.prepareNetwork() }
        self.displayName = displayName
        self.interrupt = interrupt
        self.settings = settings
        var ioOptions: [String: String] = [:]
        if isNetwork {
            ioOptions["rw_timeout"] = String(Self.microseconds(settings.ioTimeout))
            if let bytes = settings.sendBufferBytes { ioOptions["send_buffer_size"] = String(bytes) }
        }
        output = try OutputFile(target: url, displayName: displayName, formatHint: displayName, format: "flv",
                                options: ioOptions, interrupt: interrupt)
        output.context.pointee.max_interleave_delta = Self.microseconds(settings.maxInterleaveDelta)
        try output.addStream(video)
        try output.addStream(audio)
        // A live peer cannot seek back to patch duration and size into the header.
        try output.writeHeader(metadata: metadata, muxerOptions: isNetwork ? ["flvflags": "no_duration_filesize"] : [:])
    }

    deinit { abandon() }

    /// Packets dropped so far because they came before the first video keyframe.
    public var droppedBeforeKeyframe: Int { start.dropped }

    /// Writes `packet` (interleaved by dts with the other stream), or holds or drops it until
    /// the first video keyframe.
    public func write(_ packet: EncodedPacket) throws {
        guard isOpen else { throw MediaIOError.writerClosed(path: displayName) }
        for ready in start.admit(packet) { try output.write(ready) }
    }

    /// Flushes, writes the trailer and closes; gives up after `ioTimeout` if the peer stalls.
    public func finish() throws {
        guard isOpen else { throw MediaIOError.writerClosed(path: displayName) }
        interrupt.setDeadline(.now + settings.ioTimeout)
        defer { abandon() }
        try output.writeTrailer()
        isOpen = false
        try output.close()
    }

    /// Closes without a trailer, aborting any pending network I/O. Safe to call more than once.
    public func abandon() {
        guard isOpen else { return }
        isOpen = false
        interrupt.abort()
        try? output.close()
    }

    private static func microseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }
}

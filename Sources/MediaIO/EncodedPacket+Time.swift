extension EncodedPacket {
    /// `pts` as time since the stream's origin (exact for whole-number time bases such as 1/30, 1/48000).
    public var presentationTime: Duration { ticks(pts) }

    /// `dts` as time since the stream's origin.
    public var decodeTime: Duration { ticks(dts) }

    /// How long the packet plays.
    public var playTime: Duration { ticks(duration) }

    private func ticks(_ count: Int64) -> Duration {
        .seconds(count * Int64(timeBase.num)) / Int(timeBase.den)
    }
}

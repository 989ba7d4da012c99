/// Maps input frame times to output frame numbers at a fixed rate: output frame n shows the
/// input frame whose time is the latest at or before n / fps (earlier frames: the first one).
///
/// Times are microseconds from the feed's origin. An input frame's outputs are known once the
/// next input frame's time is, so each call answers for the frame before it.
///
/// ```swift
/// var rate = FrameRateConverter(fps: 30)
/// rate.outputs(before: 0)        // 0..<0   (the first frame: nothing before it)
/// rate.outputs(before: 40_000)   // 0..<2   (frame at 0 µs shows as output 0 and 1)
/// rate.outputs(before: 80_000)   // 2..<3
/// ```
public struct FrameRateConverter: Sendable, Equatable {
    public let fps: Int
    /// The next output frame number not yet assigned.
    public private(set) var next: Int64 = 0

    public init(fps: Int) { self.fps = fps }

    /// Output frames of the previous input frame, given that the next one starts at `time`:
    /// every n not yet assigned with n / fps < time. Empty when the previous frame is dropped.
    public mutating func outputs(before time: Int64) -> Range<Int64> {
        let end = max(next, Self.ceilDiv(max(time, 0) * Int64(fps), 1_000_000))
        defer { next = end }
        return next..<end
    }

    /// First output frame at or after `time` µs.
    public func frame(atOrAfter time: Int64) -> Int64 { Self.ceilDiv(max(time, 0) * Int64(fps), 1_000_000) }

    private static func ceilDiv(_ a: Int64, _ b: Int64) -> Int64 { (a + b - 1) / b }
}

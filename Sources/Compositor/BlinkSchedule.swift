/// When the avatar blinks: deterministic for a seed, O(1) per frame at any frame number.
///
/// Time is cut into windows of 4.25 s; each window holds one blink of ~150 ms whose start
/// is jittered ±0.85 s around the window's middle, so consecutive blinks are 2.55–5.95 s
/// apart. A blink is half-closed at its edges and closed in the middle.
///
/// ```swift
/// let blinks = BlinkSchedule(fps: 30, seed: 7)
/// let state = FrameState(viseme: .rest, eyes: blinks.eyes(atFrame: n), caption: nil)
/// ```
public struct BlinkSchedule: Sendable, Equatable {
    public let fps: Int
    public let seed: UInt64
    /// Frames per window (4.25 s).
    let window: Int
    /// Largest shift of a blink from its window's middle (0.85 s), in frames.
    let jitter: Int
    /// Frames one blink lasts (~150 ms, at least one).
    let blinkLength: Int
    /// Half-closed frames at each end of a blink.
    let halfFrames: Int

    public init(fps: Int, seed: UInt64) {
        self.fps = max(1, fps)
        self.seed = seed
        window = max(4, self.fps * 17 / 4)
        jitter = self.fps * 17 / 20
        blinkLength = max(1, (self.fps * 15 + 50) / 100)
        halfFrames = blinkLength >= 3 ? max(1, blinkLength / 4) : 0
    }

    /// The eyes at video frame `frame` (negative frames: open).
    public func eyes(atFrame frame: Int) -> EyeState {
        guard frame >= 0 else { return .open }
        let index = frame / window
        let offset = frame - (index * window + blinkStart(window: index))
        guard offset >= 0, offset < blinkLength else { return .open }
        return offset < halfFrames || offset >= blinkLength - halfFrames ? .half : .closed
    }

    /// First frame of window `index`'s blink, relative to the window's start.
    func blinkStart(window index: Int) -> Int {
        let middle = (window - blinkLength) / 2
        guard jitter > 0 else { return middle }
        let random = Self.mix(seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let shift = Int(random % UInt64(2 * jitter + 1)) - jitter
        return min(max(0, middle + shift), window - blinkLength)
    }

    /// SplitMix64's finaliser: a well-spread hash of one 64-bit value.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

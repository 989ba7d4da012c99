/// SplitMix64 seeded from a number and a string, the same on every run and machine.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64, salt: String = "") {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the salt's UTF-8
        for byte in salt.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        state = seed ^ hash
    }

    /// A generator whose state starts at `rawSeed` itself (no salt hashing).
    public init(rawSeed: UInt64) { state = rawSeed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (bound > 0).
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        return next() % bound
    }
}

import StandInCore

/// Which catchphrases the host may say now, so each airs at most once every
/// `atMostEveryMinutes` (its own limit).
///
/// Pure state: the caller records when a phrase was said, in seconds on its own clock.
///
/// ```swift
/// var phrases = CatchphraseSchedule(persona.lexicon.catchphrases)
/// if let index = phrases.pick(atSecond: now, random: &random) { say(index) }   // records it
/// ```
public struct CatchphraseSchedule: Sendable, Equatable {
    /// Shortest gap between two uses of each phrase, in seconds.
    public let gaps: [Int]
    /// When each phrase was last said; nil if not yet.
    public private(set) var lastSaid: [Int?]

    public init(_ catchphrases: [Persona.Catchphrase]) {
        gaps = catchphrases.map { $0.atMostEveryMinutes * 60 }
        lastSaid = Array(repeating: nil, count: catchphrases.count)
    }

    /// Indexes of the phrases allowed at `second`, in order.
    public func available(atSecond second: Int) -> [Int] {
        gaps.indices.filter { index in
            guard let last = lastSaid[index] else { return true }
            return second - last >= gaps[index]
        }
    }

    /// Notes that phrase `index` was said at `second`.
    public mutating func record(_ index: Int, atSecond second: Int) {
        lastSaid[index] = second
    }

    /// One allowed phrase chosen by `random` and recorded as said; nil when none is allowed.
    public mutating func pick(atSecond second: Int, random: inout SeededRandom) -> Int? {
        let allowed = available(atSecond: second)
        guard !allowed.isEmpty else { return nil }
        let index = allowed[Int(random.next(below: UInt64(allowed.count)))]
        record(index, atSecond: second)
        return index
    }
}

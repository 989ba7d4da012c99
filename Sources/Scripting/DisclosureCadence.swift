/// When the host must say the spoken AI disclosure: at the start of every virtual-host
/// block and again whenever `everyMinutes` have passed since it was last said.
///
/// Pure: the caller (the scheduler or live engine) passes the times it tracks.
///
/// ```swift
/// let cadence = DisclosureCadence(everyMinutes: persona.disclosure.everyMinutes)
/// if cadence.isDue(secondsSinceLastDisclosure: last, secondsSinceBlockStart: inBlock) { … }
/// ```
public struct DisclosureCadence: Sendable, Equatable {
    public let everyMinutes: Int

    public init(everyMinutes: Int) { self.everyMinutes = max(1, everyMinutes) }

    /// Whether the disclosure is due before the next line.
    ///
    /// - Parameters:
    ///   - secondsSinceLastDisclosure: since it was last said on this channel; nil if never.
    ///   - secondsSinceBlockStart: since the current virtual-host block began (0 at its start).
    /// Due when it has not been said in this block yet (never, or last said before the block
    /// began), or when at least `everyMinutes` have passed since it was.
    public func isDue(secondsSinceLastDisclosure: Int?, secondsSinceBlockStart: Int) -> Bool {
        guard let since = secondsSinceLastDisclosure else { return true }
        if since > secondsSinceBlockStart { return true }
        return since >= everyMinutes * 60
    }

    /// Seconds until the disclosure is due again, given that it was just said (for planners).
    public var intervalSeconds: Int { everyMinutes * 60 }
}

/// When one connection must have delivered its request, as a pure state machine.
///
/// The clock starts when the connection opens and again when an answer is finished with the
/// request read: by `timeout` after that, the next request (head and body) must have
/// arrived whole, or the connection is closed. While a request that has arrived whole is
/// being answered there is no deadline. An answer sent before its request finished arriving
/// (a 401 to an upload) leaves the deadline running until the request's end. A body earns
/// time as it arrives, `1 s` per `minBodyRate` bytes, so an upload over a slow line that
/// keeps up that rate is never cut, while a body trickled a byte at a time is.
///
/// ```swift
/// var deadline = RequestDeadline(timeout: .seconds(5), now: .zero)
/// deadline.readHead()                      // still due at 5 s
/// deadline.readEnd(now: .seconds(1))       // answering: no deadline
/// deadline.wroteEnd(now: .seconds(2))      // idle: due at 7 s
/// deadline.isExpired(now: .seconds(7))     // true
/// ```
public struct RequestDeadline<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    public let timeout: Duration
    /// Bytes of body per second that keep earning time (16 KB/s: a 4 MB upload may take 4 min).
    public static var minBodyRate: Int { 16_384 }
    /// When the connection is closed unless a request completes first; nil while answering.
    public private(set) var due: Instant?
    /// A request head arrived and its end has not.
    public private(set) var requestOpen = false
    /// Requests read whose answers are not finished.
    private var unanswered = 0

    public init(timeout: Duration, now: Instant) {
        self.timeout = timeout
        due = now.advanced(by: timeout)
    }

    /// Waiting for a request: no head read since the last answer (idle, or headers arriving).
    public var isWaiting: Bool { !requestOpen && unanswered == 0 }

    public mutating func readHead() {
        requestOpen = true
        unanswered += 1
    }

    /// `bytes` of the open request's body arrived: the deadline moves out by their share.
    public mutating func readBody(bytes: Int) {
        guard requestOpen, let current = due else { return }
        due = current.advanced(by: .nanoseconds(Int64(bytes) * 1_000_000_000 / Int64(Self.minBodyRate)))
    }

    /// The request arrived whole: no deadline while it is answered (or, when it was answered
    /// already, the wait for the next one starts).
    public mutating func readEnd(now: Instant) {
        guard requestOpen else { return }
        requestOpen = false
        due = unanswered > 0 ? nil : now.advanced(by: timeout)
    }

    /// An answer ended.
    public mutating func wroteEnd(now: Instant) {
        unanswered = max(0, unanswered - 1)
        if isWaiting { due = now.advanced(by: timeout) }
    }

    public func isExpired(now: Instant) -> Bool {
        due.map { now >= $0 } ?? false
    }
}

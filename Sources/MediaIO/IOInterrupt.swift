import CFFmpeg
import Foundation

/// Lets another thread abort a libav network call that is blocked (connect, handshake, write).
///
/// libav polls the callback about every 100 ms while it waits on a socket; once `abort()` was
/// called or the deadline has passed, the blocked call returns `AVERROR_EXIT` and the muxer
/// reports an error instead of hanging its thread.
///
/// ```swift
/// let interrupt = IOInterrupt()
/// // writer thread: let muxer = try LiveMuxer(url: url, …, interrupt: interrupt)
/// // any thread:    interrupt.abort()   // the writer's open or write fails within ~100 ms
/// ```
public final class IOInterrupt: @unchecked Sendable {  // `lock` serializes `aborted` and `deadline`
    private let lock = NSLock()
    private var aborted = false
    private var deadline: ContinuousClock.Instant?

    public init() {}

    /// Makes every current and later call through this interrupt fail at once.
    public func abort() { lock.withLock { aborted = true } }

    /// Whether `abort()` was called.
    public var isAborted: Bool { lock.withLock { aborted } }

    /// Aborts calls still running at `instant`; nil removes the deadline.
    public func setDeadline(_ instant: ContinuousClock.Instant?) { lock.withLock { deadline = instant } }

    /// True once aborted or past the deadline (what libav asks, from the blocked thread).
    var shouldInterrupt: Bool {
        lock.withLock { aborted || deadline.map { ContinuousClock.now >= $0 } ?? false }
    }

    /// The C callback for libav; its `opaque` is unretained, so the owner of the context that
    /// holds it must keep this object alive (`OutputFile`'s owner does).
    var callback: AVIOInterruptCB {
        AVIOInterruptCB(callback: { opaque in
            guard let opaque else { return 0 }
            return Unmanaged<IOInterrupt>.fromOpaque(opaque).takeUnretainedValue().shouldInterrupt ? 1 : 0
        }, opaque: Unmanaged.passUnretained(self).toOpaque())
    }
}

import Foundation
import Logging
import Scheduler
import StandInCore

/// What both stages of the live engine read and never change: the channel's files and
/// settings, the clock, the desk, the queue between them and the stop signal. Each stage
/// keeps its own mutable state (`RenderStage`, `SendStage`); this is all they share, and
/// everything in it is immutable or thread-safe.
struct LiveContext: @unchecked Sendable {  // every member is immutable, or a thread-safe class (clock, desk, queue, stop)
    let channel: Channel
    let catalog: Catalog
    let options: LiveOptions
    let logger: Logger
    /// The frame size and rate on air (`options.video`, else the channel's).
    let video: VideoSettings
    let settings: PlanSettings
    let timeline: Timeline
    let destinations: [Destination]
    let clock: ChannelClock
    /// Operators' commands and viewers' questions in, status out.
    let desk: ControlDesk
    /// The render stage's output, in stream order at output positions (samples since pts 0).
    let queue: StageQueue<LiveItem>
    let stop: StopSignal
}

/// A stop asked for from any thread (a signal handler's queue): the stages look at it at every
/// frame and every wait, and the queue between them is closed so neither waits on the other.
final class StopSignal: @unchecked Sendable {  // `lock` guards `requested`
    private let lock = NSLock()
    private var requested = false
    private let onRequest: @Sendable () -> Void

    init(onRequest: @escaping @Sendable () -> Void = {}) { self.onRequest = onRequest }

    func request() {
        lock.withLock { requested = true }
        onRequest()
    }

    var isRequested: Bool { lock.withLock { requested } }
}

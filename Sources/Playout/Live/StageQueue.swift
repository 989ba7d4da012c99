import Foundation
import StandInCore

/// The one hand-off between two stages of the live engine: `(position, item)` pairs in stream
/// order, bounded by stream time. `push` blocks while the new item is more than `lookahead`
/// ahead of where the consumer is, so memory does not grow with run time and interruptions
/// apply within about `lookahead`. An empty queue always accepts: the consumer only waits (for
/// the clock) while it holds an item, so the two sides can never wait for each other.
///
/// ```swift
/// let queue = StageQueue<LiveItem>(lookahead: .seconds(2))
/// queue.push(.packet(packet, sink), at: position)        // render stage
/// while let (position, item) = queue.pop() { … }        // send stage: the position travels
/// queue.progressed(to: end)                             // the consumer waited out a gap
/// queue.close()                                         // pushes refused, pops drain
/// ```
///
/// A push that had to wait resumes only once the consumer has taken `refill` more (or the
/// queue ran empty), and each side is woken only when the other waits for exactly that: the
/// producer works in bursts a few times a second instead of being woken for every item taken
/// (each wake-up is a futex call and two context switches).
final class StageQueue<Item: Sendable>: @unchecked Sendable {  // `condition` guards all state
    private let condition = NSCondition()
    private var items: [(position: MediaTime, item: Item)] = []
    private var head = 0
    private var taken: MediaTime?
    private var closed = false
    /// Pushes waiting for room, and the smallest `taken` that lets one of them in.
    private var waitingPushes = 0
    private var wakePushesAt = MediaTime(samples: .max)
    private var waitingPops = 0
    let lookahead: MediaTime
    let refill: MediaTime

    /// `refill` defaults to a quarter of `lookahead`.
    init(lookahead: MediaTime, refill: MediaTime? = nil) {
        self.lookahead = lookahead
        self.refill = min(lookahead, max(.zero, refill ?? MediaTime(samples: lookahead.samples / 4)))
    }

    /// Adds `item` at `position`; waits for room. Returns false if the queue was closed.
    @discardableResult
    func push(_ item: Item, at position: MediaTime) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if !closed, isFull(for: position, slack: .zero) {
            waitingPushes += 1
            while !closed, isFull(for: position, slack: refill) {
                wakePushesAt = min(wakePushesAt, position - lookahead + refill)
                condition.wait()
            }
            waitingPushes -= 1
        }
        guard !closed else { return false }
        items.append((position, item))
        if waitingPops > 0 { condition.broadcast() }
        return true
    }

    /// Whether an item at `position` must wait: the queue holds items and the consumer is more
    /// than `lookahead - slack` behind it.
    private func isFull(for position: MediaTime, slack: MediaTime) -> Bool {
        guard head < items.count, let taken else { return false }
        return position - taken > lookahead - slack
    }

    /// Wakes waiting pushes once one of them can go in (caller holds the lock).
    private func wakePushesIfRoom() {
        guard waitingPushes > 0, head == items.count || (taken.map { $0 >= wakePushesAt } ?? false) else { return }
        wakePushesAt = MediaTime(samples: .max)
        condition.broadcast()
    }

    /// The next item and its position, waiting for one; nil once closed and empty.
    func pop() -> (position: MediaTime, item: Item)? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !closed {
            waitingPops += 1
            condition.wait()
            waitingPops -= 1
        }
        guard head < items.count else { return nil }
        let next = items[head]
        head += 1
        if head > 256 { items.removeFirst(head); head = 0 }
        taken = max(taken ?? next.position, next.position)
        wakePushesIfRoom()
        return next
    }

    /// The consumer has reached `position` (it waited for the clock there): the producer may
    /// run `lookahead` past it even when no item sits in between (a human shift).
    func progressed(to position: MediaTime) {
        condition.lock()
        taken = max(taken ?? position, position)
        wakePushesIfRoom()
        condition.unlock()
    }

    /// Wakes both sides; later pushes are refused, pops drain what is left.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

import Foundation

/// The hand-off between the render thread and the sender thread, bounded by stream time:
/// `push` blocks while the new item is more than `lookahead` samples ahead of where the
/// sender is, so memory does not grow with run time and interruptions apply within about
/// `lookahead`. An empty queue always accepts: the sender only waits (for the clock) while
/// it holds an item, so the two can never wait for each other.
///
/// A push that had to wait resumes only once the sender has taken `refill` more (or the queue
/// ran empty), and each side is woken only when the other waits for exactly that: the render
/// thread then works in bursts a few times a second instead of being woken for every packet
/// the sender takes (each wake-up is a futex call and two context switches).
final class RenderAheadQueue<Item: Sendable>: @unchecked Sendable {  // `condition` guards all state
    private let condition = NSCondition()
    private var items: [(position: Int, item: Item)] = []
    private var head = 0
    private var taken: Int?
    private var closed = false
    /// Pushes waiting for room, and the smallest `taken` that lets one of them in.
    private var waitingPushes = 0
    private var wakePushesAt = Int.max
    private var waitingPops = 0
    let lookahead: Int
    let refill: Int

    /// `refill` defaults to a quarter of `lookahead`.
    init(lookahead: Int, refill: Int? = nil) {
        self.lookahead = lookahead
        self.refill = min(lookahead, max(0, refill ?? lookahead / 4))
    }

    /// Adds `item` at `position` (samples on the channel clock); waits for room. Returns
    /// false if the queue was closed.
    @discardableResult
    func push(_ item: Item, at position: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if !closed, isFull(for: position, slack: 0) {
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

    /// Whether an item at `position` must wait: the queue holds items and the sender is more
    /// than `lookahead - slack` behind it.
    private func isFull(for position: Int, slack: Int) -> Bool {
        guard head < items.count, let taken else { return false }
        return position - taken > lookahead - slack
    }

    /// Wakes waiting pushes once one of them can go in (caller holds the lock).
    private func wakePushesIfRoom() {
        guard waitingPushes > 0, head == items.count || (taken ?? .min) >= wakePushesAt else { return }
        wakePushesAt = .max
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once closed and empty.
    func pop() -> Item? {
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
        return next.item
    }

    /// The sender has aired up to `position` (it waited for the clock there): rendering may
    /// run `lookahead` past it even when no item sits in between (a human shift).
    func progressed(to position: Int) {
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

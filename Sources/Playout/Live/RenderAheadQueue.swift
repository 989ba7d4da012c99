import Foundation

/// The hand-off between the render thread and the sender thread, bounded by stream time:
/// `push` blocks while the new item is more than `lookahead` samples ahead of where the
/// sender is, so memory does not grow with run time and interruptions apply within about
/// `lookahead`. An empty queue always accepts: the sender only waits (for the clock) while
/// it holds an item, so the two can never wait for each other.
final class RenderAheadQueue<Item: Sendable>: @unchecked Sendable {  // `condition` guards all state
    private let condition = NSCondition()
    private var items: [(position: Int, item: Item)] = []
    private var head = 0
    private var taken: Int?
    private var closed = false
    let lookahead: Int

    init(lookahead: Int) { self.lookahead = lookahead }

    /// Adds `item` at `position` (samples on the channel clock); waits for room. Returns
    /// false if the queue was closed.
    @discardableResult
    func push(_ item: Item, at position: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed, head < items.count, let taken, position - taken > lookahead { condition.wait() }
        guard !closed else { return false }
        items.append((position, item))
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one; nil once closed and empty.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !closed { condition.wait() }
        guard head < items.count else { return nil }
        let next = items[head]
        head += 1
        if head > 256 { items.removeFirst(head); head = 0 }
        taken = max(taken ?? next.position, next.position)
        condition.broadcast()
        return next.item
    }

    /// The sender has aired up to `position` (it waited for the clock there): rendering may
    /// run `lookahead` past it even when no item sits in between (a human shift).
    func progressed(to position: Int) {
        condition.lock()
        taken = max(taken ?? position, position)
        condition.broadcast()
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

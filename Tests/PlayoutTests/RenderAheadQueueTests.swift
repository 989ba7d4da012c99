import Foundation
import Testing
import TestSupport
@testable import Playout

@Suite("Render-ahead queue")
struct RenderAheadQueueTests {
    @Test func pushWaitsWhileFarAheadOfTheSenderAndItHoldsItems() throws {
        let queue = RenderAheadQueue<Int>(lookahead: 100)
        queue.push(0, at: 0)
        #expect(queue.pop() == 0)              // the sender is at 0
        queue.push(1, at: 50)
        let pushed = Locked(false)
        let thread = Thread { queue.push(2, at: 500); pushed.set(true) }
        thread.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)          // 500 is 500 ahead of 0 and the queue holds 1
        #expect(queue.pop() == 1)               // the queue is empty: the sender now waits on item 1's time
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)
        #expect(queue.pop() == 2)
    }

    /// A push that had to wait goes in once the sender has taken `refill` more, not at the
    /// first packet taken: the render thread wakes a few times a second, not per packet.
    @Test func aWaitingPushResumesAfterARefillNotAtTheFirstPop() {
        let queue = RenderAheadQueue<Int>(lookahead: 100, refill: 40)
        queue.push(0, at: 0)
        #expect(queue.pop() == 0)               // the sender is at 0
        queue.push(1, at: 60)
        queue.push(2, at: 80)
        queue.push(3, at: 100)
        let pushed = Locked(false)
        Thread { queue.push(4, at: 130); pushed.set(true) }.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)          // 130 ahead of 0
        #expect(queue.pop() == 1)               // at 60: 70 behind, within the lookahead but not the refill
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)
        #expect(queue.pop() == 2)               // at 80: 50 behind, room for the refill
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)
        #expect(queue.pop() == 3)
        #expect(queue.pop() == 4)
    }

    @Test func progressReportedByTheSenderLetsRenderingRunAhead() {
        let queue = RenderAheadQueue<Int>(lookahead: 100)
        queue.push(0, at: 0)
        #expect(queue.pop() == 0)
        queue.push(1, at: 10)
        queue.progressed(to: 450)               // the sender waited out a shift up to 450
        let pushed = Locked(false)
        Thread { queue.push(2, at: 500); pushed.set(true) }.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)           // 50 ahead of the sender's 450, within the lookahead
    }

    /// A jump (a human shift, an offset carried after a restart) into an empty queue never
    /// blocks: the sender is waiting for exactly that item.
    @Test func anEmptyQueueAcceptsAnItemFarAhead() {
        let queue = RenderAheadQueue<Int>(lookahead: 100)
        queue.push(0, at: 0)
        #expect(queue.pop() == 0)
        #expect(queue.push(1, at: 1_000_000))
        #expect(queue.pop() == 1)
    }

    @Test func closingWakesBothSidesAndDrains() {
        let queue = RenderAheadQueue<Int>(lookahead: 100)
        queue.push(7, at: 0)
        queue.close()
        #expect(queue.push(8, at: 1) == false)
        #expect(queue.pop() == 7)
        #expect(queue.pop() == nil)
    }
}

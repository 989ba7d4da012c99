import Foundation
import StandInCore
import Testing
import TestSupport
@testable import Playout

@Suite("Stage queue")
struct StageQueueTests {
    @Test func pushWaitsWhileFarAheadOfTheSenderAndItHoldsItems() throws {
        let queue = StageQueue<Int>(lookahead: t(100))
        queue.push(0, at: t(0))
        #expect(queue.pop()?.item == 0)              // the sender is at 0
        queue.push(1, at: t(50))
        let pushed = Locked(false)
        let thread = Thread { queue.push(2, at: t(500)); pushed.set(true) }
        thread.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)          // 500 is 500 ahead of 0 and the queue holds 1
        #expect(queue.pop()?.item == 1)               // the queue is empty: the sender now waits on item 1's time
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)
        #expect(queue.pop()?.item == 2)
    }

    /// A push that had to wait goes in once the sender has taken `refill` more, not at the
    /// first packet taken: the render thread wakes a few times a second, not per packet.
    @Test func aWaitingPushResumesAfterARefillNotAtTheFirstPop() {
        let queue = StageQueue<Int>(lookahead: t(100), refill: t(40))
        queue.push(0, at: t(0))
        #expect(queue.pop()?.item == 0)               // the sender is at 0
        queue.push(1, at: t(60))
        queue.push(2, at: t(80))
        queue.push(3, at: t(100))
        let pushed = Locked(false)
        Thread { queue.push(4, at: t(130)); pushed.set(true) }.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)          // 130 ahead of 0
        #expect(queue.pop()?.item == 1)               // at 60: 70 behind, within the lookahead but not the refill
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == false)
        #expect(queue.pop()?.item == 2)               // at 80: 50 behind, room for the refill
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)
        #expect(queue.pop()?.item == 3)
        #expect(queue.pop()?.item == 4)
    }

    @Test func progressReportedByTheSenderLetsRenderingRunAhead() {
        let queue = StageQueue<Int>(lookahead: t(100))
        queue.push(0, at: t(0))
        #expect(queue.pop()?.item == 0)
        queue.push(1, at: t(10))
        queue.progressed(to: t(450))               // the sender waited out a shift up to 450
        let pushed = Locked(false)
        Thread { queue.push(2, at: t(500)); pushed.set(true) }.start()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(pushed.get() == true)           // 50 ahead of the sender's 450, within the lookahead
    }

    /// A jump (a human shift, an offset carried after a restart) into an empty queue never
    /// blocks: the sender is waiting for exactly that item.
    @Test func anEmptyQueueAcceptsAnItemFarAhead() {
        let queue = StageQueue<Int>(lookahead: t(100))
        queue.push(0, at: t(0))
        #expect(queue.pop()?.item == 0)
        #expect(queue.push(1, at: t(1_000_000)))
        #expect(queue.pop()?.item == 1)
    }

    @Test func closingWakesBothSidesAndDrains() {
        let queue = StageQueue<Int>(lookahead: t(100))
        queue.push(7, at: t(0))
        queue.close()
        #expect(queue.push(8, at: t(1)) == false)
        #expect(queue.pop()?.item == 7)
        #expect(queue.pop()?.item == nil)
    }

    /// The position travels with the item: the consumer never re-derives it.
    @Test func popReturnsThePositionPushedWithTheItem() throws {
        let queue = StageQueue<String>(lookahead: t(100))
        queue.push("a", at: t(1_600))
        queue.push("b", at: t(1_600))
        queue.push("c", at: t(3_200))
        let popped = [queue.pop(), queue.pop(), queue.pop()].compactMap { $0 }
        #expect(popped.map(\.item) == ["a", "b", "c"])
        #expect(popped.map(\.position.samples) == [1_600, 1_600, 3_200])
    }
}

private func t(_ samples: Int) -> MediaTime { MediaTime(samples: samples) }

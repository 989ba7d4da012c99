import Testing
@testable import ControlAPI

@Suite("Connection table: who is served when the server is full")
struct ConnectionTableTests {
    func table(_ served: Int, refusing: Int) -> ConnectionTable {
        var limits = ConnectionLimits(maxConnections: served)
        limits.maxRefusing = refusing
        return ConnectionTable(limits: limits)
    }

    @Test("admits up to the limit, then displaces the connection that has waited longest for a request")
    func displacesLongestWaiting() {
        var table = table(3, refusing: 1)
        #expect(table.open(1) == .admit)
        #expect(table.open(2) == .admit)
        #expect(table.open(3) == .admit)
        table.busy(1)
        table.waiting(1)            // 1 answered: it now waits since after 2 and 3
        #expect(table.open(4) == .admitEvicting(2))
        #expect(table.open(5) == .admitEvicting(3))
        #expect(table.open(6) == .admitEvicting(1))
        #expect(table.servedCount == 3)
    }

    @Test("a connection busy with a request is never displaced; when all are busy the next is refused, then dropped")
    func busyAreKept() {
        var table = table(2, refusing: 2)
        #expect(table.open(1) == .admit)
        #expect(table.open(2) == .admit)
        table.busy(1)
        table.busy(2)
        #expect(table.open(3) == .refuse)
        #expect(table.open(4) == .refuse)
        #expect(table.open(5) == .drop)
        table.close(3)
        #expect(table.open(6) == .refuse)
        table.close(1)
        #expect(table.open(7) == .admit)
        #expect(table.servedCount == 2)
        #expect(table.refusingCount == 2)
    }

    @Test("closing a displaced or unknown id changes nothing")
    func closingTwice() {
        var table = table(1, refusing: 1)
        #expect(table.open(1) == .admit)
        #expect(table.open(2) == .admitEvicting(1))
        table.close(1)
        table.close(99)
        #expect(table.servedCount == 1)
        table.busy(2)
        #expect(table.open(3) == .refuse)
    }

    @Test("every socket the server may hold fits into half the file handles and what the open ones and the engine's reserve leave",
          arguments: [(256, 256, 0, 106, 14), (256, 1_024, 30, 256, 32), (256, 20_000, 30, 256, 32),
                      (256, 256, 200, 1, 1), (4, 8, 0, 1, 1), (256, 512, 400, 35, 5)])
    func fitting(configured: Int, fileLimit: Int, open: Int, served: Int, refusing: Int) {
        let fitted = ConnectionLimits(maxConnections: configured).fitting(fileLimit: fileLimit, openFiles: open)
        #expect(fitted.maxConnections == served)
        #expect(fitted.maxRefusing == refusing)
        if served > 1 {
            #expect(fitted.maxAccepted <= fileLimit / 2)
            #expect(fitted.maxAccepted <= fileLimit - open - ConnectionLimits.engineReserve)
        }
    }
}

@Suite("Request deadline of one connection")
struct RequestDeadlineTests {
    let zero = ContinuousClock.now
    func at(_ ms: Int) -> ContinuousClock.Instant { zero.advanced(by: .milliseconds(ms)) }

    @Test("a request must arrive whole within the timeout of the connection opening")
    func fromOpening() {
        var deadline = RequestDeadline(timeout: .seconds(5), now: at(0))
        #expect(!deadline.isExpired(now: at(4_999)))
        deadline.readHead()                       // head at 1 s: the body is still due by 5 s
        #expect(deadline.due == at(5_000))
        #expect(deadline.isExpired(now: at(5_000)))
        #expect(!deadline.isWaiting)
    }

    @Test("no deadline while answering; the wait for the next request starts when the answer ends")
    func answering() {
        var deadline = RequestDeadline(timeout: .seconds(5), now: at(0))
        deadline.readHead()
        deadline.readEnd(now: at(1_000))
        #expect(deadline.due == nil)
        #expect(!deadline.isExpired(now: at(60_000)))
        deadline.wroteEnd(now: at(61_000))
        #expect(deadline.isWaiting)
        #expect(deadline.due == at(66_000))
    }

    @Test("a body earns a second per 16 KB that arrives, so a slow upload that keeps up is not cut")
    func bodyEarnsTime() {
        var deadline = RequestDeadline(timeout: .seconds(5), now: at(0))
        deadline.readHead()
        for _ in 0..<10 { deadline.readBody(bytes: 16_384) }
        #expect(deadline.due == at(15_000))
        deadline.readBody(bytes: 1)                // a trickled byte earns next to nothing
        #expect(deadline.due! < at(15_001))
        deadline.readEnd(now: at(12_000))
        #expect(deadline.due == nil)
    }

    @Test("an answer sent before the request ended leaves the deadline running until the request's end")
    func answeredEarly() {
        var deadline = RequestDeadline(timeout: .seconds(5), now: at(0))
        deadline.readHead()
        deadline.wroteEnd(now: at(500))           // 401 before the body
        #expect(deadline.due == at(5_000))
        #expect(!deadline.isWaiting)
        deadline.readEnd(now: at(2_000))
        #expect(deadline.isWaiting)
        #expect(deadline.due == at(7_000))
    }
}

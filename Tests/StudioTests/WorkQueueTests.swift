import Foundation
@testable import Studio
import Synchronization
import Testing

/// The studio's work queue: one job at a time, a few waiting, one per user, the rest refused.
@Suite struct WorkQueueTests {
    @Test func aFullQueueAndASecondJobOfOneUserAreRefusedAtOnce() async throws {
        let queue = WorkQueue(maxWaiting: 1)
        let gate = Gate()
        let first = Task { try await queue.run(for: "a") { gate.wait(); return 1 } }
        let second = Task { try await queue.run(for: "b") { 2 } }
        while queue.jobsForTesting < 2 { try await Task.sleep(for: .milliseconds(5)) }
        await #expect { try await queue.run(for: "c") { 3 } } throws: { error in
            guard case StudioError.busy(let seconds, perUser: false) = error else { return false }
            return seconds >= 1
        }
        await #expect { try await queue.run(for: "a") { 4 } } throws: { error in
            guard case StudioError.busy(_, perUser: true) = error else { return false }
            return true
        }
        gate.open()
        let results = (try await first.value, try await second.value)
        #expect(results == (1, 2))
        #expect(try await queue.run(for: "c") { 5 } == 5)
    }
}

/// Blocks a job's thread until the test opens it.
final class Gate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    func wait() { semaphore.wait() }
    func open() { semaphore.signal() }
}

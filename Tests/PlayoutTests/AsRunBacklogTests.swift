import Foundation
import Testing
@testable import Playout

@Suite("As-run backlog")
struct AsRunBacklogTests {
    struct DiskFull: Error {}

    static func entry(_ index: Int) -> AsRunRecord {
        AsRunLogTests.record(index: index, start: index * 48_000, at: Date(timeIntervalSince1970: Double(index)))
    }

    @Test func entriesTheDiskRefusedAreWrittenInOrderOnceItTakesThemAgain() {
        var backlog = AsRunBacklog()
        var disk: [Int] = [], full = false
        let append = { (record: AsRunRecord) throws in
            if full { throw DiskFull() }
            disk.append(record.index)
        }
        #expect(backlog.write(Self.entry(0), with: append) == nil)
        full = true
        #expect(backlog.write(Self.entry(1), with: append) is DiskFull)
        #expect(backlog.write(Self.entry(2), with: append) is DiskFull)
        #expect(backlog.write(nil, with: append) is DiskFull)   // a retry with nothing new
        #expect(backlog.count == 2 && disk == [0])
        full = false
        #expect(backlog.write(Self.entry(3), with: append) == nil)
        #expect(disk == [0, 1, 2, 3] && backlog.count == 0)
    }

    @Test func aFailureMidwayKeepsTheRestAndTheOldestGoPastTheLimit() {
        var backlog = AsRunBacklog(limit: 3)
        var accepted = 0
        let failAfterOne = { (_: AsRunRecord) throws in
            guard accepted < 1 else { throw DiskFull() }
            accepted += 1
        }
        for index in 0..<5 { _ = backlog.write(Self.entry(index), with: { _ in throw DiskFull() }) }
        #expect(backlog.count == 3 && backlog.dropped == 2)
        #expect(backlog.write(nil, with: failAfterOne) is DiskFull)
        #expect(backlog.entries.map(\.index) == [3, 4])
    }
}

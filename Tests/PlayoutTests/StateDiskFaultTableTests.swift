import Foundation
import Synchronization
import Testing
import TestSupport
@testable import Playout

/// The machine's file system with faults scripted per call: the next writes fail as a full,
/// read-only or failing disk does, or stop halfway; a truncate can fail too. Real files
/// underneath, so what is left on disk is read back by the engine's own reader.
final class FaultyStateFileSystem: StateFileSystem, @unchecked Sendable {  // `faults` behind a Mutex
    enum Fault: Sendable, CustomStringConvertible {
        /// The write fails with this errno, nothing written.
        case refuse(Int32)
        /// Half of the data is written, then ENOSPC.
        case short
        /// The write goes through, the sync fails with EIO (the data never reached the disk).
        case syncFails

        var description: String {
            switch self {
            case .refuse(ENOSPC): "ENOSPC"
            case .refuse(EROFS): "EROFS"
            case .refuse(EIO): "EIO"
            case let .refuse(code): "errno \(code)"
            case .short: "short write"
            case .syncFails: "sync fails"
            }
        }
    }

    private let writes = Mutex<[Fault]>([])
    private let truncates = Mutex(0)
    private let local = LocalStateFileSystem()

    /// The next `count` writes (appends and replaces) meet `fault`.
    func fail(next count: Int = 1, with fault: Fault) { writes.withLock { $0 += Array(repeating: fault, count: count) } }
    /// The next `count` truncates fail with EIO.
    func failTruncates(next count: Int) { truncates.withLock { $0 += count } }

    func takeWriteFault() -> Fault? { writes.withLock { $0.isEmpty ? nil : $0.removeFirst() } }
    func takeTruncateFault() -> Bool { truncates.withLock { count in defer { count = max(0, count - 1) }; return count > 0 } }

    func openForAppending(_ path: String) throws -> StateFile {
        FaultyFile(base: try local.openForAppending(path), owner: self)
    }

    func replace(_ path: String, with data: Data, sync: Bool) throws {
        switch takeWriteFault() {
        case let .refuse(code)?: throw POSIXError(POSIXErrorCode(rawValue: code)!)
        case .short?:   // the temporary file is half written; the file itself is untouched
            try local.replace(path + ".partial", with: data.prefix(data.count / 2), sync: false)
            throw POSIXError(.ENOSPC)
        case .syncFails?: throw POSIXError(.EIO)
        case nil: try local.replace(path, with: data, sync: sync)
        }
    }

    func contents(of path: String) -> Data? { local.contents(of: path) }
    func remove(_ path: String) { local.remove(path) }
}

final class FaultyFile: StateFile {
    let base: StateFile
    let owner: FaultyStateFileSystem
    private var syncFault = false

    init(base: StateFile, owner: FaultyStateFileSystem) { self.base = base; self.owner = owner }

    func size() throws -> UInt64 { try base.size() }
    func write(_ data: Data) throws {
        switch owner.takeWriteFault() {
        case let .refuse(code)?: throw POSIXError(POSIXErrorCode(rawValue: code)!)
        case .short?:
            try base.write(data.prefix(data.count / 2))
            throw POSIXError(.ENOSPC)
        case .syncFails?:
            try base.write(data)
            syncFault = true
        case nil: try base.write(data)
        }
    }
    func sync() throws {
        if syncFault { syncFault = false; throw POSIXError(.EIO) }
        try base.sync()
    }
    func truncate(to length: UInt64) throws {
        if owner.takeTruncateFault() { throw POSIXError(.EIO) }
        try base.truncate(to: length)
    }
    func close() { base.close() }
}

/// The as-run log, its backlog, its repair and the on-air marker on a disk that fails in each
/// of the ways a real one does: an entry is written whole or not at all, waits and lands once
/// in order, and nothing already written is lost.
@Suite("State writes on a failing disk")
struct StateDiskFaultTableTests {
    static let faults: [FaultyStateFileSystem.Fault] = [.refuse(ENOSPC), .refuse(EROFS), .refuse(EIO), .short, .syncFails]
    let day = ISO8601DateFormatter().date(from: "2026-12-01T10:00:00Z")!

    func record(_ index: Int) -> AsRunRecord {
        AsRunLogTests.record(index: index, start: index * 48_000, at: day.addingTimeInterval(Double(index)))
    }

    func text(_ folder: TemporaryFolder) throws -> String {
        try String(contentsOfFile: folder.path("asrun-2026-12-01.jsonl"), encoding: .utf8)
    }

    @Test(arguments: faults)
    func aFailedAppendLeavesTheLogAsItWasAndTheNextLandsWhole(fault: FaultyStateFileSystem.Fault) throws {
        let folder = try TemporaryFolder()
        let disk = FaultyStateFileSystem()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!, files: disk)
        try log.append(record(0))
        let before = try text(folder)
        disk.fail(with: fault)
        #expect(throws: (any Error).self) { try log.append(record(1)) }
        #expect(try text(folder) == before, "nothing of the failed line is left")
        try log.append(record(1))
        try log.append(record(2))
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1, 2])
        #expect(try AsRunLog.repair(folder: folder.url.path) == 0, "no damaged line")
    }

    /// The write stops halfway and cutting it back fails too: the half line stays only until
    /// the next append, which cuts it first.
    @Test(arguments: [FaultyStateFileSystem.Fault.short, .syncFails])
    func aTailThatCouldNotBeCutBackIsCutBeforeTheNextLine(fault: FaultyStateFileSystem.Fault) throws {
        let folder = try TemporaryFolder()
        let disk = FaultyStateFileSystem()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!, files: disk)
        try log.append(record(0))
        disk.fail(with: fault)
        disk.failTruncates(next: 1)
        #expect(throws: (any Error).self) { try log.append(record(1)) }
        disk.failTruncates(next: 1)   // still failing at the next try: that entry waits too
        #expect(throws: (any Error).self) { try log.append(record(1)) }
        try log.append(record(1))
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1])
        #expect(try AsRunLog.repair(folder: folder.url.path) == 0)
    }

    @Test(arguments: faults)
    func entriesWaitInTheBacklogAndLandOnceInOrder(fault: FaultyStateFileSystem.Fault) throws {
        let folder = try TemporaryFolder()
        let disk = FaultyStateFileSystem()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!, files: disk)
        var backlog = AsRunBacklog()
        #expect(backlog.write(record(0), with: log.append) == nil)
        disk.fail(next: 3, with: fault)   // the disk refuses three tries: entries 1 and 2 wait
        #expect(backlog.write(record(1), with: log.append) != nil)
        #expect(backlog.write(record(2), with: log.append) != nil)
        #expect(backlog.write(nil, with: log.append) != nil)   // the retry a second later
        #expect(backlog.count == 2)
        #expect(backlog.write(record(3), with: log.append) == nil)
        #expect(backlog.count == 0)
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1, 2, 3])
    }

    @Test(arguments: faults)
    func aRepairThatCannotWriteLosesNothing(fault: FaultyStateFileSystem.Fault) throws {
        let folder = try TemporaryFolder()
        let log = try AsRunLog(folder: folder.url.path, timeZone: TimeZone(identifier: "UTC")!)
        try log.append(record(0))
        let path = folder.path("asrun-2026-12-01.jsonl")
        let damaged = try text(folder) + "{\"blocked\":[],\"chan\n" + (try text(folder)).replacingOccurrences(of: "\"index\":0", with: "\"index\":1")
        try damaged.write(toFile: path, atomically: true, encoding: .utf8)
        let disk = FaultyStateFileSystem()
        disk.fail(next: 2, with: fault)
        #expect(throws: (any Error).self) { try AsRunLog.repair(folder: folder.url.path, files: disk) }
        #expect(try text(folder) == damaged, "the log is untouched until the repair can be written whole")
        #expect(try AsRunLog.read(folder: folder.url.path, skippingDamaged: true).map(\.index) == [0, 1])
        #expect(try AsRunLog.repair(folder: folder.url.path) == 1)
        #expect(try AsRunLog.read(folder: folder.url.path).map(\.index) == [0, 1])
    }

    @Test(arguments: faults)
    func theOnAirMarkerIsWholeOrAsItWas(fault: FaultyStateFileSystem.Fault) throws {
        let folder = try TemporaryFolder()
        let disk = FaultyStateFileSystem()
        let file = OnAirFile(folder: folder.url.path, files: disk)
        let first = OnAirMarker(record: record(4), lineStarts: [4 * 48_000], origin: 0, through: 4 * 48_000)
        try file.begin(first)
        disk.fail(with: fault)
        #expect(throws: (any Error).self) { try file.begin(OnAirMarker(record: record(5), lineStarts: [], origin: 0, through: 5 * 48_000)) }
        #expect(OnAirFile.load(folder: folder.url.path)?.record.index == 4, "the last whole marker is still there")
    }
}

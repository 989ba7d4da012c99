import Foundation
import Testing
import TestSupport
@testable import Playout

@Suite("On-air marker and state lock")
struct OnAirMarkerTests {
    /// A segment at 48,000 (one second in) planned with three lines at 48,000, 96,000, 144,000.
    static func marker(through: Int) -> OnAirMarker {
        var planned = AsRunLogTests.record(index: 7, start: 48_000, at: Date(timeIntervalSince1970: 1_000))
        planned.length = 0
        planned.lines = ["one", "two", "three"]
        return OnAirMarker(record: planned, lineStarts: [48_000, 96_000, 144_000], origin: 24_000, through: through)
    }

    @Test func aCutSegmentIsLoggedWithTheLengthThatAiredOnWholeFrames() throws {
        let entry = try #require(Self.marker(through: 48_000 + 50_000).cut(samplesPerFrame: 1_600))
        #expect(entry.length == 51_200)   // 50,000 rounded up to 32 frames, as the planner rounds it
        #expect(entry.interrupted == true)
        #expect(entry.lines == ["one", "two"])
        #expect(entry.endTime == Date(timeIntervalSince1970: 1_000 + 51_200.0 / 48_000))
        #expect(entry.ptsEnd == 48_000 + 51_200 - 24_000)
        #expect(entry.index == 7 && entry.start == 48_000)
    }

    @Test(arguments: [0, -1_600])
    func nothingAiredIsNothingToLog(aired: Int) {
        #expect(Self.marker(through: 48_000 + aired).cut(samplesPerFrame: 1_600) == nil)
    }

    @Test func aSegmentJoinedByARestartIsLoggedOnlyIfSomethingAiredAfterTheJoin() throws {
        var marker = Self.marker(through: 48_000 + 16_000)
        marker.record.resumedAt = 48_000 + 16_000
        #expect(marker.cut(samplesPerFrame: 1_600) == nil, "killed before its first packet")
        marker.through += 1_024
        let entry = try #require(marker.cut(samplesPerFrame: 1_600))
        #expect(entry.length == 17_600 && entry.resumedAt == 64_000)   // from its start: the log tiles
    }

    @Test func theMarkerKnowsItsEntryByIndexAndStart() {
        let marker = Self.marker(through: 60_000)
        var entry = AsRunLogTests.record(index: 7, start: 48_000, at: Date())
        #expect(marker.isLogged(by: entry))
        entry.start = 49_600
        #expect(!marker.isLogged(by: entry))
    }

    @Test func theFileKeepsTheLatestBeatAndGoesWhenRemoved() throws {
        let folder = try TemporaryFolder()
        let monotonic = ManualClock(now: .seconds(2_000))
        let file = OnAirFile(folder: folder.url.path, monotonic: monotonic)
        try file.begin(Self.marker(through: 48_000))
        file.beat(through: 60_000, now: Date(timeIntervalSince1970: 2_000))
        monotonic.advance(by: .milliseconds(50))
        // Too soon (the wall clock stepped back meanwhile, which does not matter): in memory only.
        file.beat(through: 61_000, now: Date(timeIntervalSince1970: 1_400))
        #expect(OnAirFile.load(folder: folder.url.path)?.through == 60_000)
        #expect(file.current?.through == 61_000)
        monotonic.advance(by: .milliseconds(150))
        file.beat(through: 62_000, now: Date(timeIntervalSince1970: 1_400.15))   // written: 0.2 s on the monotonic clock
        #expect(OnAirFile.load(folder: folder.url.path)?.through == 62_000)
        file.remove()
        #expect(OnAirFile.load(folder: folder.url.path) == nil)
        #expect(try folder.contents().isEmpty)
    }

    @Test func aSecondWriterIsRefusedWithTheHoldersPID() throws {
        let folder = try TemporaryFolder()
        var first: StateLock? = try StateLock(folder: folder.path("state"))
        let error = try #require(throws: StateLockError.self) { try StateLock(folder: folder.path("state")) }
        #expect(error.description.contains("PID \(getpid())"))
        #expect(error.description.hasPrefix(folder.path("state/lock") + ":"))
        first = nil
        _ = first
        _ = try StateLock(folder: folder.path("state"))   // released with its holder
    }
}

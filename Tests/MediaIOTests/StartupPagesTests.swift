import Foundation
import Testing
import MediaIO

@Suite("Start-up pages", .serialized)   // a release moves the resident set by tens of MB
struct StartupPagesTests {
    /// This test process has run plenty of code from its mapped files (the test bundle, the
    /// Swift and Foundation libraries): releasing them must lower its resident set.
    @Test func releasingLowersTheResidentSet() throws {
        let released = StartupPages.release()
        #expect(released.failure == nil, "\(released.failure ?? "")")
        #expect(released.before > 0 && released.after > 0)
        #expect(released.after < released.before, "resident \(released.before) → \(released.after) bytes")
    }

    @Test func theResidentSetIsReadFromProc() throws {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        let kilobytes = try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
        // The two reads are moments apart: within a few MB of each other.
        #expect(abs(StartupPages.residentBytes() - kilobytes * 1024) < 8 << 20)
    }
}

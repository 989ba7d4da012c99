import ArgumentParser
import Foundation
import Scheduler
import StandInCore

/// `standin plan`: the channel's rundown for the next hours, as a table or JSON.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print a channel's rundown: human shifts, products, fillers, handoffs, promos.",
        discussion: """
            Segments are assumed to run as estimated (the live engine re-plans from real lengths). \
            Times are shown in the channel's time zone. The same files, --from, --epoch and \
            --seed always print the same plan.
            """)

    @Option(help: "Channel file (YAML).")
    var channel: String

    @Option(help: "Start of the rundown, ISO 8601 with an offset: 2026-03-09T00:00:00+08:00.")
    var from: String

    @Option(help: "The channel's epoch (its first on-air instant), ISO 8601; defaults to --from.")
    var epoch: String?

    @Option(help: "Hours to plan (up to 24 × 31).")
    var hours: Int = 24

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "Seed for the rotation order.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...744).contains(hours) else { throw ValidationError("--hours must be between 1 and 744") }
        guard Self.parse(from) != nil else { throw ValidationError("--from must be an ISO 8601 time like 2026-03-09T00:00:00+08:00, got '\(from)'") }
        if let epoch, Self.parse(epoch) == nil { throw ValidationError("--epoch must be an ISO 8601 time, got '\(epoch)'") }
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    func run() throws {
        try reportingErrors {
            let files = try ChannelFiles.load(channel)
            let start = Self.parse(from)!
            let epochDate = epoch.flatMap(Self.parse) ?? start
            let settings = files.planSettings(seed: seed)
            let resumed = try Planner.resume(settings: settings, epoch: epochDate, history: [], now: start)
            let timeline = resumed.planner.timeline
            let end = timeline.samples(at: start.addingTimeInterval(Double(hours) * 3600))
            let segments = Array(resumed.planner.estimatedRundown().prefix { $0.start < end })
            let output = PlanOutput(files: files, timeline: timeline, seed: seed)
            if json {
                printOut(try output.json(segments))
            } else {
                for line in output.table(segments) { printOut(line) }
            }
        }
    }
}

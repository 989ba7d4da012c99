import ArgumentParser
import Foundation
import MediaIO
import Playout
import StandInCore

/// `standin channel …`: work with channel files.
struct ChannelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channel",
        abstract: "Check channel files.",
        subcommands: [Validate.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a channel file and the persona and catalog it names.",
            discussion: """
                Checks the schema (time zone, times of day, dates, unknown fields), overlapping \
                human shifts, promos inside a human shift, and promos or weights naming products \
                the catalog lacks; then what the stream will meet: the espeak-ng voice is \
                installed, every product picture and the sprite pack decode and lay out, the \
                music bed decodes, and the channel's lines have well-formed {{placeholders}}. \
                Every problem is listed with file and line.
                """)

        @Argument(help: "Channel file (YAML).")
        var file: String

        func run() throws {
            try reportingErrors {
                LibAVLog.silence()  // every media problem is reported below with its file:line
                var problems: [FileError] = []
                let files = ChannelFiles.load(file, problems: &problems)
                if let files {
                    problems += ContentCheck.problems(channel: files.channel, persona: files.persona, catalog: files.catalog)
                }
                if let files, problems.isEmpty {
                    let channel = files.channel
                    printOut("\(file): ok (persona '\(files.persona.id)', \(files.catalog.products.count) products, "
                             + "\(channel.shifts.count) shifts, \(channel.promos.count) promos, zone \(channel.timeZone.identifier))")
                    for warning in files.warnings(from: Date()) { printError("warning: \(warning)") }
                    return
                }
                throw FileErrors(ContentCheck.locate(problems))
            }
        }
    }
}

import Foundation
import Scheduler
import StandInCore

/// The rundown as text: a table for people, JSON for programs.
struct PlanOutput {
    let files: ChannelFiles
    let timeline: Timeline
    let seed: UInt64

    private var formatter: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeline.timeZone
        formatter.dateFormat = "EEE yyyy-MM-dd HH:mm:ss"
        return formatter
    }

    func table(_ segments: [Segment]) -> [String] {
        let formatter = formatter
        var lines = ["# \(files.channel.file): persona \(files.persona.id), zone \(timeline.timeZone.identifier), seed \(seed)",
                     pad(["local time", "block", "kind", "product", "est.", "notes"])]
        for segment in segments {
            var notes: [String] = []
            if let host = segment.host { notes.append(segment.kind == .human ? "host \(host)" : "hands over to \(host)") }
            if let countdown = segment.countdownTo, segment.kind != .handoff {
                notes.append("countdown to \(clock(countdown, formatter))")
            }
            if segment.isCut, let limit = segment.mustEndBy { notes.append("cut by \(clock(limit, formatter))") }
            if let stock = segment.stockLeft { notes.append("\(stock) left") }
            lines.append(pad([formatter.string(from: timeline.date(atSample: segment.start)), segment.block.rawValue,
                              segment.kind.rawValue, segment.productID ?? "-", duration(segment.estimatedLength),
                              notes.joined(separator: ", ")]))
        }
        return lines
    }

    func json(_ segments: [Segment]) throws -> String {
        let iso = ISO8601DateFormatter()
        iso.timeZone = timeline.timeZone
        let rows = segments.map { Row(segment: $0, startTime: iso.string(from: timeline.date(atSample: $0.start)),
                                      estimatedSeconds: Double($0.estimatedLength) / Double(MediaClock.sampleRate)) }
        let plan = Plan(channel: files.channel.file, timeZone: timeline.timeZone.identifier,
                        epoch: iso.string(from: timeline.epoch), sampleRate: MediaClock.sampleRate,
                        fps: timeline.video.fps, seed: seed, segments: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }

    private struct Plan: Encodable {
        var channel: String, timeZone: String, epoch: String, sampleRate: Int, fps: Int, seed: UInt64
        var segments: [Row]
    }

    private struct Row: Encodable {
        var segment: Segment
        var startTime: String
        var estimatedSeconds: Double

        func encode(to encoder: Encoder) throws {
            try segment.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(startTime, forKey: .startTime)
            try container.encode(segment.block, forKey: .block)
            try container.encode(estimatedSeconds, forKey: .estimatedSeconds)
        }
        enum Keys: String, CodingKey { case startTime, block, estimatedSeconds }
    }

    private func clock(_ sample: Int, _ formatter: DateFormatter) -> String {
        String(formatter.string(from: timeline.date(atSample: sample)).suffix(8))
    }

    private func duration(_ samples: Int) -> String {
        let seconds = samples / MediaClock.sampleRate
        return seconds >= 3600 ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%d:%02d", seconds / 60, seconds % 60)
    }

    private func pad(_ columns: [String]) -> String {
        let widths = [24, 8, 15, 10, 8]
        return zip(columns, widths + [0]).map { text, width in
            text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}

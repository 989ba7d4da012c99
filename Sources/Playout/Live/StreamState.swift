import Foundation

/// What a channel's stream keeps across restarts, in a folder the operator names: the
/// epoch (the instant sample 0 of the channel's clock stands for) and, for tests and
/// soak runs, a simulated clock. The as-run log lives beside it (`asrun/`).
public struct StreamState: Sendable, Codable, Equatable {
    /// Sample 0 of the channel's timeline.
    public var epoch: Date
    /// Set when the stream runs on a simulated clock: the simulated time at `realStart`.
    public var simulatedStart: Date?
    /// The real instant the simulated clock started.
    public var realStart: Date?
    /// Simulated seconds per real second (0: unpaced, as fast as rendering goes).
    public var speed: Double?

    /// The state in `folder`, creating it (epoch = now, or `simulatedStart`) on first start.
    /// A later start with other clock settings keeps the stored ones: the channel's clock
    /// never jumps.
    public static func loadOrCreate(in folder: String, simulatedStart: Date?, speed: Double, now: Date = Date()) throws -> StreamState {
        let file = URL(fileURLWithPath: folder).appendingPathComponent("stream-state.json")
        if let data = try? Data(contentsOf: file) {
            do {
                return try JSONDecoder.standIn.decode(StreamState.self, from: data)
            } catch {
                throw StreamStateError.unreadable(path: file.path, reason: "\(error)")
            }
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = simulatedStart ?? now
        let state = StreamState(epoch: Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down)),
                                simulatedStart: simulatedStart, realStart: simulatedStart == nil ? nil : now,
                                speed: simulatedStart == nil ? nil : speed)
        try JSONEncoder.standIn.encode(state).write(to: file, options: .atomic)
        return state
    }

    /// The real (wall-clock) instant the channel's clock reaches `sample` while the wall clock
    /// does not step; nil when unpaced. For tools and tests: the engine paces by a monotonic clock.
    public func realDate(atSample sample: Int) -> Date? {
        let channelTime = epoch.addingTimeInterval(Double(sample) / 48_000)
        guard let simulatedStart, let realStart else { return channelTime }
        let speed = self.speed ?? 1
        guard speed > 0 else { return nil }
        return realStart.addingTimeInterval(channelTime.timeIntervalSince(simulatedStart) / speed)
    }

    /// The channel's notion of now: the real clock, or the simulated one.
    public func now(real: Date = Date()) -> Date {
        guard let simulatedStart, let realStart else { return real }
        let speed = self.speed ?? 1
        return simulatedStart.addingTimeInterval(real.timeIntervalSince(realStart) * (speed == 0 ? 1 : speed))
    }
}

public enum StreamStateError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "\(path): cannot be read (\(reason)); move it away to start the channel's clock anew"
        }
    }
}

extension JSONEncoder {
    /// ISO 8601 dates, sorted keys: files a person can read and diff.
    static var standIn: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension JSONDecoder {
    static var standIn: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

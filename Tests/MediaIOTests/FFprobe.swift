import Foundation

/// Runs the ffprobe and ffmpeg CLIs on files the tests wrote and parses what they print.
enum FFprobe {
    struct ToolError: Error, CustomStringConvertible {
        var description: String
    }

    /// `ffprobe -show_format -show_streams -count_frames` as parsed JSON.
    static func probe(_ path: String) throws -> [String: Any] {
        let output = try run("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                                         "-count_frames", path])
        return try json(output)
    }

    /// End time (pts + duration, seconds) of the last packet of each stream, by codec type.
    static func endTimes(_ path: String) throws -> [String: Double] {
        let streams = try probe(path)["streams"] as? [[String: Any]] ?? []
        var ends: [String: Double] = [:]
        for stream in streams {
            guard let type = stream["codec_type"] as? String, let index = stream["index"] as? Int else { continue }
            let output = try run("ffprobe", ["-v", "error", "-print_format", "json", "-select_streams", "\(index)",
                                             "-show_entries", "packet=pts_time,duration_time", path])
            let packets = try json(output)["packets"] as? [[String: Any]] ?? []
            ends[type] = packets.compactMap { packet -> Double? in
                guard let pts = Double(packet["pts_time"] as? String ?? ""),
                      let duration = Double(packet["duration_time"] as? String ?? "") else { return nil }
                return pts + duration
            }.max()
        }
        return ends
    }

    /// Every video frame of `path` as packed RGB24 bytes.
    static func decodeRGB24(_ path: String) throws -> Data {
        try run("ffmpeg", ["-v", "error", "-i", path, "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
    }

    /// The audio of `path` downmixed to mono 48 kHz S16.
    static func decodeMonoS16(_ path: String) throws -> [Int16] {
        let data = try run("ffmpeg", ["-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", "48000", "-"])
        return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
    }

    /// Runs `tool` (found on PATH) and returns its stdout; throws with stderr on a non-zero exit.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stderr on another thread so neither pipe can fill up and block the tool.
        nonisolated(unsafe) var errorText = Data()
        let errorDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorText = stderr.fileHandleForReading.readDataToEndOfFile()
            errorDone.signal()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorDone.wait()
        guard process.terminationStatus == 0 else {
            throw ToolError(description: "\(tool) \(arguments.joined(separator: " ")) exited with "
                + "\(process.terminationStatus): \(String(decoding: errorText, as: UTF8.self))")
        }
        return output
    }

    private static func json(_ data: Data) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ToolError(description: "ffprobe printed no JSON object")
        }
        return object
    }
}

/// A fresh directory for one test, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mediaio-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    var contents: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }
}

/// Test signals.
enum Signal {
    /// `seconds` of a sine tone as 48 kHz interleaved stereo floats.
    static func stereoTone(hz: Double, seconds: Double, amplitude: Float = 0.5) -> [Float] {
        let count = Int(seconds * 48_000)
        var samples = [Float](repeating: 0, count: count * 2)
        for i in 0..<count {
            let value = amplitude * Float(sin(2 * Double.pi * hz * Double(i) / 48_000))
            samples[2 * i] = value
            samples[2 * i + 1] = value
        }
        return samples
    }

    /// A mono S16 sine tone at `rate`.
    static func monoTone(hz: Double, rate: Int, seconds: Double) -> [Int16] {
        (0..<Int(seconds * Double(rate))).map { Int16(12_000 * sin(2 * Double.pi * hz * Double($0) / Double(rate))) }
    }

    /// Sign changes per second.
    static func zeroCrossingsPerSecond<T: BinaryFloatingPoint>(_ samples: [T], rate: Int) -> Double {
        var crossings = 0
        for i in 1..<samples.count where (samples[i - 1] < 0) != (samples[i] < 0) { crossings += 1 }
        return Double(crossings) * Double(rate) / Double(samples.count)
    }

    static func rms<T: BinaryFloatingPoint>(_ samples: [T]) -> Double {
        (samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(max(samples.count, 1))).squareRoot()
    }
}

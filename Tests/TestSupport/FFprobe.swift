import Foundation

/// Runs the ffprobe and ffmpeg CLIs on files the tests wrote and parses what they print.
public enum FFprobe {
    public struct ToolError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `ffprobe -show_format -show_streams -count_frames` as parsed JSON.
    public static func probe(_ path: String) throws -> [String: Any] {
        let output = try run("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                                         "-count_frames", path])
        return try json(output)
    }

    /// The first frame's metadata tags as ffprobe reads them (a PNG's text chunks, for one).
    public static func frameTags(_ path: String) throws -> [String: String] {
        let output = try run("ffprobe", ["-v", "error", "-print_format", "json", "-show_entries", "frame_tags", path])
        let frames = try json(output)["frames"] as? [[String: Any]] ?? []
        return frames.first?["tags"] as? [String: String] ?? [:]
    }

    /// End time (pts + duration, seconds) of the last packet of each stream, by codec type.
    public static func endTimes(_ path: String) throws -> [String: Double] {
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
    public static func decodeRGB24(_ path: String) throws -> Data {
        try run("ffmpeg", ["-v", "error", "-i", path, "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
    }

    /// The audio of `path` downmixed to mono 48 kHz S16.
    public static func decodeMonoS16(_ path: String) throws -> [Int16] {
        let data = try run("ffmpeg", ["-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", "48000", "-"])
        return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
    }

    /// Runs `tool` (found on PATH) and returns its stdout; throws with stderr on a non-zero exit.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let result = try TestSupport.run(tool, arguments)
        guard result.status == 0 else {
            throw ToolError(description: "\(tool) \(arguments.joined(separator: " ")) exited with "
                + "\(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    private static func json(_ data: Data) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ToolError(description: "ffprobe printed no JSON object")
        }
        return object
    }
}


import Foundation

/// What ffprobe says about a media file: its streams and container tags.
public struct MediaProbe: Sendable {
    public struct Stream: Sendable {
        public var codecType: String
        public var codecName: String
        public var width: Int?
        public var height: Int?
        public var frameRate: String?
        public var sampleRate: Int?
        public var channels: Int?
        public var duration: Double?
        public var frameCount: Int?
    }

    public var streams: [Stream]
    public var formatName: String
    public var duration: Double?
    public var tags: [String: String]

    public var video: Stream? { streams.first { $0.codecType == "video" } }
    public var audio: Stream? { streams.first { $0.codecType == "audio" } }

    /// Probes `path` with `ffprobe -show_streams -show_format -count_frames`.
    public init(path: String) throws {
        let json = try FFprobe.probe(path)
        streams = (json["streams"] as? [[String: Any]] ?? []).map { item in
            Stream(codecType: item["codec_type"] as? String ?? "",
                   codecName: item["codec_name"] as? String ?? "",
                   width: item["width"] as? Int, height: item["height"] as? Int,
                   frameRate: item["r_frame_rate"] as? String,
                   sampleRate: (item["sample_rate"] as? String).flatMap { Int($0) },
                   channels: item["channels"] as? Int,
                   duration: (item["duration"] as? String).flatMap { Double($0) },
                   frameCount: (item["nb_read_frames"] as? String).flatMap { Int($0) })
        }
        let format = json["format"] as? [String: Any] ?? [:]
        formatName = format["format_name"] as? String ?? ""
        duration = (format["duration"] as? String).flatMap { Double($0) }
        tags = format["tags"] as? [String: String] ?? [:]
    }
}


import Foundation
import StandInCore

/// One place the live stream goes: an RTMP(S) ingest URL or a local FLV recording.
///
/// `url` carries the stream key; it goes to the muxer and nowhere else. Everything a person
/// reads (logs, errors, status, `description`, `dump`) uses `redactedURL`.
///
/// ```swift
/// let main = Destination(name: "douyin", url: "rtmp://push.example.com/live/sk-123")
/// main.redactedURL   // "rtmp://push.example.com/live/****"
/// ```
public struct Destination: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// What the operator calls it (`douyin`, `backup`, `recording`).
    public var name: String
    /// The full URL (stream key included) or a local file path.
    public var url: String
    /// This destination's reconnect and stall settings; nil: the fan-out's defaults.
    public var retry: DestinationRetry?
    /// More text to hide wherever it appears (the values `${NAME}` put into the URL).
    public var secrets: [String]

    public init(name: String, url: String, retry: DestinationRetry? = nil, secrets: [String] = []) {
        self.name = name
        self.url = url
        self.retry = retry
        self.secrets = secrets
    }

    /// The destination a channel file names.
    public init(_ destination: ChannelDestination) {
        self.init(name: destination.name, url: destination.url, retry: destination.retry, secrets: destination.secrets)
    }

    /// A local recording (a path or `file:` URL) rather than a network endpoint.
    public var isRecording: Bool { !url.contains("://") || url.hasPrefix("file:") }

    /// The URL with the stream key (its last path component), user info and query replaced by
    /// `****`; a recording's path is returned as it is (it holds no secret).
    public var redactedURL: String { isRecording ? url : URLRedaction.redact(url, secrets: secrets) }

    public var description: String { "\(name) (\(redactedURL))" }

    public var customMirror: Mirror { Mirror(self, children: ["name": name, "url": redactedURL]) }

    /// What to open for the `connection`-th time (0-based). A recording reopened after an error
    /// goes to a new file (`rec-1.flv`, `rec-2.flv`, …) so the earlier part is never overwritten.
    func target(connection: Int) -> String {
        guard isRecording, connection > 0 else { return url }
        let slash = url.lastIndex(of: "/").map { url.index(after: $0) } ?? url.startIndex
        guard let dot = url[slash...].lastIndex(of: ".") else { return "\(url)-\(connection)" }
        return "\(url[..<dot])-\(connection)\(url[dot...])"
    }

}

extension Destination {
    /// `text` with this destination's full URL and stream key replaced, for error messages
    /// that might quote what libav was given.
    func scrub(_ text: String) -> String {
        guard !isRecording else { return text }
        return URLRedaction.redactURLs(in: text.replacingOccurrences(of: url, with: redactedURL),
                                       secrets: URLRedaction.secrets(of: url) + secrets)
    }

    /// The host and port a TCP probe checks (1935 for RTMP, 443 for RTMPS unless the URL
    /// names a port); nil for a recording or a URL without a host.
    var probeAddress: (host: String, port: Int)? {
        guard !isRecording, let parsed = URL(string: url), let host = parsed.host, !host.isEmpty else { return nil }
        return (host, parsed.port ?? (parsed.scheme?.lowercased() == "rtmps" ? 443 : 1935))
    }
}

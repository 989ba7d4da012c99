import Synchronization

/// The secrets one process knows (stream keys, user info and queries of its destination and
/// ingest URLs) and the one function that hides them, and any URL, in free text: every log
/// line, libav's own lines and every error printed go through `redact`.
///
/// ```swift
/// SecretRedactor.shared.register(url: "rtmp://push.example.com/live/sk-123")
/// SecretRedactor.shared.redact("publish sk-123 refused")   // "publish **** refused"
/// ```
public final class SecretRedactor: Sendable {
    /// The process's redactor (libav's log callback is process-wide too).
    public static let shared = SecretRedactor()
    private let secrets = Mutex<[String]>([])

    public init() {}

    /// Hides the secret parts of `url` (see `URLRedaction.secrets(of:)`) from now on.
    public func register(url: String) { register(values: URLRedaction.secrets(of: url)) }

    /// Hides each of `values` (4 characters or more) from now on.
    public func register(values: [String]) {
        let added = values.filter { $0.count >= 4 }
        guard !added.isEmpty else { return }
        secrets.withLock { $0 = Array(Set($0 + added)) }
    }

    /// `text` with every URL redacted and every registered secret replaced by `****`.
    public func redact(_ text: String) -> String {
        URLRedaction.redactURLs(in: text, secrets: secrets.withLock { $0 })
    }
}

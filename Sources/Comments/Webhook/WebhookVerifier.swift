/// Whether a webhook request really comes from the holder of the shared secret, and is
/// fresh: a pure value over the request's bytes and the wall-clock time in seconds.
///
/// ```swift
/// var verifier = WebhookVerifier(secret: Array(secret.utf8), replayWindow: 300)
/// switch verifier.check(body: bytes, timestamp: headers["X-StandIn-Timestamp"], signature: headers["X-StandIn-Signature"], now: now) { … }
/// ```
/// The signature is `sha256=` and the hex HMAC-SHA256, keyed by the secret, of
/// `"<timestamp>.<raw body>"` (the timestamp signed with the body, so it cannot be moved).
/// A timestamp more than `replayWindow` seconds from now is refused, and so is a signature
/// already seen inside the window (a replayed request).
public struct WebhookVerifier: Sendable {
    public enum Verdict: Sendable, Equatable {
        case accepted
        case missingHeaders
        case badSignature
        case stale(secondsOff: Int)
        case replayed
    }

    private let secret: [UInt8]
    public let replayWindow: Int
    /// Signatures accepted, by timestamp, forgotten once outside the window.
    private var seen: [String: Int] = [:]
    public static let maxRemembered = 100_000

    public init(secret: [UInt8], replayWindow: Int = 300) {
        self.secret = secret; self.replayWindow = replayWindow
    }

    public mutating func check(body: [UInt8], timestamp: String?, signature: String?, now: Int) -> Verdict {
        guard let timestamp, let signature, let time = Int(timestamp) else { return .missingHeaders }
        let expected = Array(("sha256=" + Self.sign(secret: secret, timestamp: timestamp, body: body)).utf8)
        guard HMACSHA256.constantTimeEqual(expected, Array(signature.lowercased().utf8)) else { return .badSignature }
        guard abs(now - time) <= replayWindow else { return .stale(secondsOff: now - time) }
        seen = seen.filter { abs(now - $0.value) <= replayWindow }
        guard seen[signature] == nil, seen.count < Self.maxRemembered else { return .replayed }
        seen[signature] = time
        return .accepted
    }

    /// The hex signature of `body` sent at `timestamp` (what a sender computes).
    public static func sign(secret: [UInt8], timestamp: String, body: [UInt8]) -> String {
        HMACSHA256.hex(HMACSHA256.mac(key: secret, message: Array((timestamp + ".").utf8) + body))
    }
}

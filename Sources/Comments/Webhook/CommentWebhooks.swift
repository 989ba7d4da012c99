import Foundation
import HTTPTypes
import Hummingbird
import StandInCore

/// The webhook sources' HTTP side: `POST /comments/<source name>` on the control API's
/// server, outside the bearer-token check (the HMAC signature is the check). 202 with the
/// number of events taken; 401 for a missing or wrong signature or a stale timestamp; 409 for
/// a replayed request; 400 for a body that is not the documented shape; 413 past 64 KiB.
///
/// ```swift
/// let webhooks = CommentWebhooks(sources: channel.comments.sources, hub: hub)
/// webhooks.add(to: router)
/// ```
public struct CommentWebhooks: Sendable {
    public static let timestampHeader = "X-StandIn-Timestamp"
    public static let signatureHeader = "X-StandIn-Signature"
    let endpoints: [String: Endpoint]
    let hub: CommentHub
    let wallClock: @Sendable () -> Int

    public init(sources: [CommentSourceSettings], hub: CommentHub,
                wallClock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        var endpoints: [String: Endpoint] = [:]
        for source in sources {
            guard case let .webhook(secret, window) = source.kind else { continue }
            let endpoint = Endpoint(name: source.name, verifier: WebhookVerifier(secret: Array(secret.utf8), replayWindow: window))
            endpoints[source.name] = endpoint
            hub.watch(endpoint.status)
        }
        self.endpoints = endpoints; self.hub = hub; self.wallClock = wallClock
    }

    public var isEmpty: Bool { endpoints.isEmpty }

    public func add<Context: RequestContext>(to router: Router<Context>) {
        guard !isEmpty else { return }
        router.post("comments/:source") { request, context in try await receive(request, context: context) }
    }

    private func receive<Context: RequestContext>(_ request: Request, context: Context) async throws -> Response {
        let name = context.parameters.get("source") ?? ""
        guard let endpoint = endpoints[name] else { throw HTTPError(.notFound, message: "no webhook comment source is named '\(UntrustedText.name(name))'") }
        let buffer = try await request.body.collect(upTo: UntrustedText.maxRawBytes)
        let body = Array(buffer.readableBytesView)
        let verdict = endpoint.check(body: body, timestamp: request.headers[values: HTTPField.Name(Self.timestampHeader)!].first,
                                     signature: request.headers[values: HTTPField.Name(Self.signatureHeader)!].first, now: wallClock())
        switch verdict {
        case .accepted: break
        case .missingHeaders:
            throw refuse(endpoint, .unauthorized, "needs \(Self.timestampHeader) (Unix seconds) and \(Self.signatureHeader) (sha256=<hex HMAC>)")
        case .badSignature: throw refuse(endpoint, .unauthorized, "signature does not match")
        case .stale(let off): throw refuse(endpoint, .unauthorized, "timestamp is \(off) s off; the window is ±\(endpoint.window) s")
        case .replayed: throw refuse(endpoint, .conflict, "this signed request was already taken (a replay)")
        }
        let events: [CommentEvent]
        do {
            events = try WebhookPayload.decode(Data(body), source: name)
        } catch {
            throw refuse(endpoint, .badRequest, error.description)
        }
        endpoint.status.update { $0.events += events.count; $0.lastError = nil }
        for event in events { hub.receive(event) }
        return Response(status: .accepted, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(string: "{\"accepted\":\(events.count)}\n")))
    }

    private func refuse(_ endpoint: Endpoint, _ status: HTTPResponse.Status, _ why: String) -> HTTPError {
        endpoint.status.update { $0.lastError = "refused a request: \(why)" }
        hub.countRefused(source: endpoint.name)
        return HTTPError(status, message: why)
    }

    /// One webhook source: its verifier (the replay memory) behind a lock, and its status.
    final class Endpoint: @unchecked Sendable {  // `lock` guards `verifier`
        let name: String
        let status: SourceStatus
        let window: Int
        private let lock = NSLock()
        private var verifier: WebhookVerifier

        init(name: String, verifier: WebhookVerifier) {
            self.name = name; self.verifier = verifier; window = verifier.replayWindow
            status = SourceStatus(name: name, type: "webhook", state: "live")
        }

        func check(body: [UInt8], timestamp: String?, signature: String?, now: Int) -> WebhookVerifier.Verdict {
            lock.withLock { verifier.check(body: body, timestamp: timestamp, signature: signature, now: now) }
        }
    }
}

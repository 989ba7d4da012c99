import Foundation
import Hummingbird
import HummingbirdTesting
import Playout
import Prometheus
import StandInCore
import TestSupport
@testable import ControlAPI

/// A desk for channel "tea-room" with two products, behind the real router, and tokens:
/// one for this channel, one shared for every channel, one for another channel only.
struct APIFixture {
    static let operatorToken = "ops-token-0123456789abcdef"
    static let sharedToken = "all-token-0123456789abcdef"
    static let otherChannelToken = "other-token-0123456789abcdef"

    let desk: ControlDesk
    let registry = PrometheusCollectorRegistry()
    let asRunFolder: String
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        asRunFolder = folder.path("asrun")
        let registry = self.registry
        desk = ControlDesk(channelID: "tea-room", productIDs: ["tea-01", "mug-02"], epoch: Date(timeIntervalSince1970: 1_800_000_000),
                           metrics: EngineMetrics(factory: PrometheusMetricsFactory(registry: registry)), now: { 48_000 })
    }

    var routes: ControlRoutes {
        let here = SourceLocation(file: "channel.yaml", line: 1)
        return ControlRoutes(desk: desk, tokens: [
            APIToken(name: "ops-anna", token: Self.operatorToken, channels: nil, source: here),
            APIToken(name: "night-desk", token: Self.sharedToken, channels: ["*"], source: here),
            APIToken(name: "other-room", token: Self.otherChannelToken, channels: ["shoe-room"], source: here),
        ], asRunFolder: asRunFolder, registry: registry)
    }

    /// Runs `body` against the router in process (no socket).
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: routes.router())
        try await app.test(.router) { client in try await body(client) }
    }
}

extension TestClientProtocol {
    /// A request with `token` as bearer (nil: no header) and `json` as body.
    func call(_ method: HTTPRequest.Method, _ uri: String, token: String? = APIFixture.operatorToken,
              json: String? = nil) async throws -> (status: HTTPResponse.Status, body: String) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            (response.status, String(buffer: response.body))
        }
    }
}

import Foundation
import Guide
import Hummingbird
import Logging
import Playout
import Prometheus
import Scheduler
import StandInCore

/// The control API's routes over a running channel's desk (docs/api.md). Every route needs
/// a bearer token; commands are applied at the next sentence boundary and the as-run log
/// records who asked.
public struct ControlRoutes: Sendable {
    public let desk: ControlDesk
    public let tokens: [APIToken]
    /// The channel's as-run folder (`<state>/asrun`).
    public let asRunFolder: String
    public let registry: PrometheusCollectorRegistry
    public static let maxViewerName = 40

    public init(desk: ControlDesk, tokens: [APIToken], asRunFolder: String, registry: PrometheusCollectorRegistry) {
        self.desk = desk; self.tokens = tokens; self.asRunFolder = asRunFolder; self.registry = registry
    }

    /// A router with only the control routes.
    public func router() -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        add(to: router)
        return router
    }

    /// Adds the control routes, each behind the bearer-token check, to `router` (which may
    /// carry other routes with their own auth, such as the persona studio's pages).
    public func add(to parent: Router<APIRequestContext>) {
        let router = parent.group().add(middleware: TokenAuthMiddleware(tokens: tokens, channelID: desk.channelID))
        router.get("status") { _, _ in desk.status() }
        router.post("skip") { _, context in try command(.skip, context: context, at: nil) }
        router.post("pause") { _, context in try command(.pause, context: context, at: nil) }
        router.post("resume") { _, context in try command(.resume, context: context, at: nil) }
        router.post("inject") { request, context in
            var request = request
            let body = try await request.decodeJSON(InjectBody.self)
            guard let kind = Segment.Kind(rawValue: body.kind) else {
                throw HTTPError(.unprocessableContent, message: "kind '\(body.kind)' is unknown; \(ControlError.notInjectable(body.kind))")
            }
            return try command(.inject(kind, productID: body.product), context: context, at: try body.time())
        }
        router.post("questions") { request, context in try await question(request) }
        router.get("asrun") { request, _ in try asRun(request) }
        router.get("metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: registry.emitToString())))
        }
    }

    private func command(_ command: ControlCommand, context: APIRequestContext, at: Date?) throws -> EditedResponse<Accepted> {
        do {
            let request = try desk.submit(command, by: context.caller ?? "?", at: at)
            let when = at.map { "first sentence boundary after \(ISO8601DateFormatter().string(from: $0))" } ?? "next sentence boundary"
            return EditedResponse(status: .accepted, response: Accepted(id: "c\(request.id)", what: command.name, appliesAt: when))
        } catch {
            throw HTTPError(error.isConflict ? .conflict : .unprocessableContent, message: error.description)
        }
    }

    private func question(_ request: Request) async throws -> EditedResponse<Accepted> {
        var request = request
        let body = try await request.decodeJSON(QuestionBody.self)
        let viewer = body.viewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !viewer.isEmpty, viewer.count <= Self.maxViewerName else {
            throw HTTPError(.unprocessableContent, message: "viewer must be 1 to \(Self.maxViewerName) characters")
        }
        do {
            let (id, outcome) = try desk.ask(viewer: viewer, text: body.text, priority: body.priority ?? 0)
            let said: String = switch outcome {
            case .queued: "queued"
            case .merged(let into): "merged into \(into)"
            case .queuedDropping(let dropped): "queued; \(dropped) dropped (queue full)"
            case .droppedNew: "dropped: the queue is full of more important questions"
            }
            return EditedResponse(status: .accepted, response: Accepted(id: id, what: "question", appliesAt: "next sentence boundary", outcome: said))
        } catch let error as GuideError {
            throw HTTPError(.unprocessableContent, message: "text: \(error)")
        }
    }

    private func asRun(_ request: Request) throws -> Response {
        var since: Date?
        if let text = request.uri.queryParameters.get("since") {
            guard let date = ISO8601DateFormatter().date(from: text) else {
                throw HTTPError(.badRequest, message: "since must be an ISO 8601 time like 2026-12-01T19:00:00+08:00, got '\(text)'")
            }
            since = date
        }
        let limit = request.uri.queryParameters.get("limit").map { Int($0) } ?? 500
        guard let limit, (1...10_000).contains(limit) else { throw HTTPError(.badRequest, message: "limit must be 1 to 10000") }
        let records = try AsRunLog.read(folder: asRunFolder).filter { record in since.map { record.endTime > $0 } ?? true }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let lines = try records.suffix(limit).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"],
                        body: .init(byteBuffer: ByteBuffer(string: lines.map { $0 + "\n" }.joined())))
    }
}

extension LiveStatus: ResponseEncodable {}

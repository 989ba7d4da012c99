import Foundation
import Hummingbird

/// `POST /inject`: `{"kind": "flash_deal", "product": "tea-01", "at": "2026-12-01T20:00:00+08:00"}`.
struct InjectBody: Decodable {
    var kind: String
    var product: String?
    /// When to apply it (the first sentence boundary after), ISO 8601; absent: the next boundary.
    var at: String?

    func time() throws -> Date? {
        guard let at else { return nil }
        guard let date = ISO8601DateFormatter().date(from: at) else {
            throw HTTPError(.badRequest, message: "body: field 'at' must be an ISO 8601 time like 2026-12-01T20:00:00+08:00, got '\(at)'")
        }
        return date
    }
}

/// `POST /questions`: `{"viewer": "小明", "text": "这个茶能放多久？", "priority": 0}`.
struct QuestionBody: Decodable {
    var viewer: String
    var text: String
    var priority: Int?
}

/// What a command or question got: queued for the next sentence boundary.
struct Accepted: ResponseEncodable {
    var id: String
    var what: String
    var appliesAt: String
    var outcome: String?
}

extension Request {
    /// The JSON body as `T`: 413 past `limit` bytes, 400 with the decoder's reason when malformed.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int = 16 * 1024) async throws -> T {
        let buffer = try await collectBody(upTo: limit)
        let decoder = JSONDecoder()
        do {
            return try decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch DecodingError.keyNotFound(let key, _) {
            throw HTTPError(.badRequest, message: "body: missing field '\(key.stringValue)'")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw HTTPError(.badRequest, message: "body must be a JSON object")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw HTTPError(.badRequest, message: "body: field '\(field)' has the wrong type (\(context.debugDescription))")
        } catch {
            throw HTTPError(.badRequest, message: "body is not valid JSON")
        }
    }
}

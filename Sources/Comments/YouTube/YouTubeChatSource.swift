import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// YouTube Live Chat: polls `liveChatMessages.list` with the OAuth token from the environment,
/// waiting `pollingIntervalMillis` between pages as the API asks. The first page after each
/// (re)connect only sets the page token: messages typed before StandIn was listening are not
/// answered. A session ends (and the runner backs off and polls again) on an HTTP error, a
/// page that does not decode, or `offlineAt` (the chat ended).
public struct YouTubeChatSource: CommentSource {
    public let name: String
    public let type = "youtube"
    let endpoint: String
    let liveChatID: String
    let token: String
    let session: URLSession

    public init(name: String, endpoint: String, liveChatID: String, token: String) {
        self.name = name; self.endpoint = endpoint; self.liveChatID = liveChatID; self.token = token
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        session = URLSession(configuration: configuration)
    }

    public func session(connected: @escaping @Sendable () -> Void, deliver: @escaping @Sendable (CommentEvent) -> Void) async throws {
        var pageToken: String?
        var first = true
        while !Task.isCancelled {
            let page = try await fetch(pageToken: pageToken)
            if first { connected() } else { page.events(source: name).forEach(deliver) }
            first = false
            if page.offlineAt != nil { throw CommentSourceError.closed("the live chat ended (offlineAt)") }
            pageToken = page.nextPageToken ?? pageToken
            try await Task.sleep(for: page.pollingInterval)
        }
    }

    func fetch(pageToken: String?) async throws -> YouTubeChatPage {
        guard var components = URLComponents(string: endpoint) else { throw CommentSourceError.refused("endpoint is not a URL") }
        components.queryItems = [
            URLQueryItem(name: "liveChatId", value: liveChatID), URLQueryItem(name: "part", value: "snippet,authorDetails"),
            URLQueryItem(name: "maxResults", value: "200"),
        ] + (pageToken.map { [URLQueryItem(name: "pageToken", value: $0)] } ?? [])
        var request = URLRequest(url: components.url!)
        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await session.data(for: request)
        guard data.count <= 4 * UntrustedText.maxRawBytes else { throw CommentSourceError.closed("a page over \(4 * UntrustedText.maxRawBytes) bytes") }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            let reason = (try? JSONDecoder().decode(GoogleErrorBody.self, from: data)).flatMap { $0.error.errors?.first?.reason }
            throw CommentSourceError.refused("HTTP \(status)" + (reason.map { " (\($0))" } ?? ""))
        }
        do {
            return try JSONDecoder().decode(YouTubeChatPage.self, from: data)
        } catch {
            throw CommentSourceError.closed("a page that is not a liveChatMessageListResponse")
        }
    }
}

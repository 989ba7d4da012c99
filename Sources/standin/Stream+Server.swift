import Comments
import ControlAPI
import Foundation
import Hummingbird
import Logging
import MediaIO
import Playout
import Prometheus
import StandInCore
import Studio

extension Stream {
    /// The HTTP server beside the channel: the control API (when the channel file lists
    /// tokens) and the persona studio (with --studio-users); nil when neither is on.
    /// Its connections are held to the channel's `api` limits, fitted into half of `fileLimit`.
    func startServer(_ files: ChannelFiles, desk: ControlDesk, registry: PrometheusCollectorRegistry,
                     asRunFolder: String, fileLimit: FileLimit, webhooks: CommentWebhooks? = nil,
                     logger: Logger) throws -> ControlServer? {
        let channel = files.channel
        let api = !noAPI && !channel.api.tokens.isEmpty
        if !noAPI, channel.api.tokens.isEmpty {
            logger.info("control API off: the channel file lists no api.tokens (docs/api.md)")
        }
        let hooks = !noAPI && webhooks?.isEmpty == false
        guard api || studioUsers != nil || hooks else { return nil }
        let router = Router(context: APIRequestContext.self)
        if hooks { webhooks?.add(to: router) }   // signed by HMAC, not by a bearer token (docs/comments.md)
        if api {
            ControlRoutes(desk: desk, tokens: channel.api.tokens, asRunFolder: asRunFolder, registry: registry).add(to: router)
        }
        if let studioUsers, let studioPersonas {
            let studio = try Studio(settings: StudioSettings(personasRoot: studioPersonas, usersFile: studioUsers,
                                                             catalogFile: channel.catalogPath))
            studio.addRoutes(to: router)
        }
        let (host, port) = apiAddress ?? (channel.api.host, channel.api.port)
        var serverLogger = logger
        serverLogger.logLevel = max(logger.logLevel, .notice)   // no line per request at info
        let limits = fileLimit.fitting(ConnectionLimits(api: channel.api))
        if limits.maxConnections < channel.api.maxConnections {
            logger.warning("the open-file limit leaves the control API \(limits.maxConnections) of \(channel.api.maxConnections) connections (api.max_connections); raise LimitNOFILE (docs/deploy.md)",
                           metadata: ["soft": "\(fileLimit.soft)", "open": "\(fileLimit.openFiles)"])
        }
        let server = try ControlServer.start(router: router, host: host, port: port, limits: limits, logger: serverLogger)
        logger.info("listening", metadata: [
            "max_connections": "\(limits.maxConnections)",
            "request_timeout_ms": "\(channel.api.requestTimeoutMilliseconds)",
            "control_api": "\(api ? "http://\(host):\(server.port) (tokens: \(channel.api.tokens.map(\.name).joined(separator: ", ")))" : "off")",
            "comment_webhooks": "\(hooks ? "POST /comments/<source name>" : "off")",
            "studio": "\(studioUsers != nil ? "http://\(host):\(server.port)/studio" : "off")",
        ])
        return server
    }
}

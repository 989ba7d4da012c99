import Comments
import CoreMetrics
import Guide
import Logging
import Playout
import StandInCore

/// The running comment connectors of a channel: stopped with the stream.
struct RunningComments {
    let hub: CommentHub
    let runners: [SourceRunner]
    let webhooks: CommentWebhooks

    func stop() {
        runners.forEach { $0.stop() }
        hub.stop()
    }
}

extension Stream {
    /// Starts every source under `comments.sources` (nil when there are none): each connector
    /// in its own reconnect loop, the webhooks ready for the server's router.
    func startComments(_ files: ChannelFiles, persona: Persona, desk: ControlDesk, metrics: MetricsFactory,
                       logger: Logger) -> RunningComments? {
        let settings = files.channel.comments
        guard !settings.sources.isEmpty else { return nil }
        var commentLogger = logger
        commentLogger[metadataKey: "stage"] = "comments"
        let hub = CommentHub(settings: settings, desk: desk, index: FAQIndex(catalog: files.catalog), language: persona.language,
                             metrics: metrics, logger: commentLogger)
        let webhooks = CommentWebhooks(sources: settings.sources, hub: hub)
        var runners: [SourceRunner] = []
        for source in settings.sources {
            let connector: (any CommentSource)? = switch source.kind {
            case .webhook: nil
            case let .twitch(host, port, channel, nick, token):
                TwitchChatSource(name: source.name, host: host, port: port, channel: channel, nick: nick, token: token)
            case let .youtube(endpoint, liveChatID, token):
                YouTubeChatSource(name: source.name, endpoint: endpoint, liveChatID: liveChatID, token: token)
            }
            guard let connector else { continue }
            let runner = SourceRunner(source: connector, logger: commentLogger) { hub.receive($0) }
            hub.watch(runner.status)
            runners.append(runner)
        }
        hub.start()
        logger.info("comment sources started", metadata: [
            "sources": "\(settings.sources.map { "\($0.name) (\($0.type))" }.joined(separator: ", "))",
            "answer_every_s": "\(settings.answerEverySeconds)", "per_viewer_min": "\(settings.perViewerMinutes)"])
        return RunningComments(hub: hub, runners: runners, webhooks: webhooks)
    }
}

import ArgumentParser
import Foundation

@main
struct StandIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standin",
        abstract: "A virtual livestream host: keeps a live-commerce room on air with a brand's persona presenting its products.",
        discussion: """
            Files you write: a channel (docs/channel.md), a persona (docs/persona.md) and
            a catalog (docs/catalog.md). Operators: docs/live.md, the control API
            docs/api.md; many channels: docs/deploy.md; brand staff: the persona studio
            (standin serve, docs/studio.md). Try it on the demo files (from the
            repository's folder):

              standin stream --channel assets/demo/channel.yaml
              standin channel validate assets/demo/channel.yaml
              standin persona validate personas/xiaolin.yaml \\
                --catalog assets/demo/catalog.yaml
              standin render --persona personas/xiaolin.yaml \\
                --catalog assets/demo/catalog.yaml --product tea-01 --out clip.mp4
            """,
        subcommands: [Stream.self, Render.self, PersonaCommand.self, ChannelCommand.self, PlanCommand.self, Serve.self,
                      CheckCommand.self, FAQCommand.self])

    /// The default entry point, except that `standin check` reports a usage error with exit status 2
    /// (its documented contract for scripts) instead of the parser's 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if CheckCommand.isCheckInvocation(arguments), exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

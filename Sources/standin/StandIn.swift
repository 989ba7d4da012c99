import ArgumentParser

@main
struct StandIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standin",
        abstract: "A virtual livestream host: renders a brand's persona presenting its products.",
        discussion: """
            Files you write: a persona (personas/*.yaml, see docs/persona.md), a catalog \
            (see docs/catalog.md) and a channel (see docs/channel.md). Start with the demo:
              standin render --persona personas/xiaolin.yaml --catalog assets/demo/catalog.yaml \\
                --product tea-01 --out clip.mp4
              standin plan --channel assets/demo/channel.yaml --from 2026-03-09T00:00:00+08:00
            """,
        subcommands: [Stream.self, Render.self, PersonaCommand.self, ChannelCommand.self, PlanCommand.self])
}

import ArgumentParser

@main
struct StandIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standin",
        abstract: "A virtual livestream host: renders a brand's persona presenting its products.",
        discussion: """
            Files you write: a persona (personas/*.yaml, see docs/persona.md) and a catalog \
            (see docs/catalog.md). Start with the demo:
              standin render --persona personas/xiaolin.yaml --catalog assets/demo/catalog.yaml \\
                --product tea-01 --out clip.mp4
            """,
        subcommands: [Render.self, PersonaCommand.self])
}

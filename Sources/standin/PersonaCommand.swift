import ArgumentParser
import Scripting
import StandInCore

/// `standin persona …`: work with persona files.
struct PersonaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persona",
        abstract: "Check and preview persona files.",
        subcommands: [Validate.self, Preview.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate persona files: schema, colours, voice ranges and every template.",
            discussion: """
                With --catalog, every template variant is also rendered against every product, \
                so a template that fails for some product is reported with that product.
                """)

        @Argument(help: "Persona files (YAML).")
        var files: [String]

        @Option(help: "Catalog to render the templates against.")
        var catalog: String?

        func run() throws {
            try reportingErrors {
                let catalog = try catalog.map { try Catalog.load(from: $0) }
                var problems: [String] = []
                for file in files {
                    do {
                        let persona = try Persona.load(from: file)
                        if let catalog {
                            let builder = try ScriptBuilder(persona: persona, catalog: catalog)
                            for product in catalog.products {
                                if builder.clipScript(for: product, seed: 1).isEmpty {
                                    problems.append("\(file): product '\(product.id)': templates produce no lines")
                                }
                            }
                        }
                        printOut("\(file): ok (persona '\(persona.id)', voice \(persona.voice.espeakVoice))")
                    } catch {
                        problems.append("\(error)")
                    }
                }
                if !problems.isEmpty {
                    for problem in problems { printError("error: \(problem)") }
                    throw ExitCode.failure
                }
            }
        }
    }
}

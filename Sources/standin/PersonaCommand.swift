import ArgumentParser
import MediaIO
import Playout
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
            abstract: "Validate persona files: schema, templates, guardrails, voice and sprites.",
            discussion: """
                The espeak-ng voice must be installed (close matches are suggested), the sprite \
                pack must decode, and {{placeholders}} must be well formed. \
                Every template is checked for prices written as numbers and against the guardrails \
                (absolute claims, banned words, declined topics). With --catalog, every template \
                variant is also rendered against every product and every selling point, and the \
                catalog's own texts are checked and every product picture is decoded, so a problem is reported with the product and \
                the file:line to fix.
                """)

        @Argument(help: "Persona files (YAML).")
        var files: [String]

        @Option(help: "Catalog to render the templates against.")
        var catalog: String?

        func run() throws {
            try reportingErrors {
                LibAVLog.silence()  // every media problem is reported below with its file:line
                let catalog = try catalog.map { try Catalog.load(from: $0) }
                var problems: [String] = []
                for file in files {
                    do {
                        let persona = try Persona.load(from: file)
                        let media = ContentCheck.voiceProblems(persona) + ContentCheck.lookProblems(persona)
                            + (catalog.map { ContentCheck.catalogProblems($0, persona: persona) } ?? [])
                        let found = try PersonaValidator.problems(persona: persona, catalog: catalog).map(\.description)
                            + media.map(\.description)
                        for problem in found where !problems.contains(problem) { problems.append(problem) }
                        if let catalog {
                            let builder = try ScriptBuilder(persona: persona, catalog: catalog)
                            for product in catalog.products where builder.clipScript(for: product, seed: 1).isEmpty {
                                problems.append("\(file): product '\(product.id)': templates produce no lines")
                            }
                        }
                        if found.isEmpty {
                            printOut("\(file): ok (persona '\(persona.id)', voice \(persona.voice.espeakVoice))")
                        }
                    } catch {
                        problems.append("\(error)")
                    }
                }
                if !problems.isEmpty {
                    for problem in problems { printError("error: \(problem)") }
                    printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
                    throw ExitCode.failure
                }
            }
        }
    }
}

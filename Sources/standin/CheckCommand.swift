import ArgumentParser
import Foundation
import Scripting
import StandInCore

/// `standin check`: compliance staff test copy against a persona's guardrails without a render.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check lines of copy against a persona's guardrails: pass or block, with rule, phrase and reason.",
        discussion: """
            Give one line as an argument, or a file with one line per line (--file; '-' reads \
            standard input; empty lines and lines starting with '#' are skipped). Each line is \
            checked whole and sentence by sentence, after normalising width, traditional \
            characters, spaced letters and "No.1" spellings, exactly as a template line, a \
            selling point, an FAQ answer or operator text is checked before it airs.

            Category rules (health, special-use cosmetics) apply to the product named with \
            --product (its catalog category and special_use) or to --category; without either \
            every category restriction applies. Literal prices, stock counts and deadlines \
            are blocked too: on air they come only from catalog data ({{price}}, {{stock}}, \
            {{offer_ends}}).

            Exit status: 0 when every line passes, 1 when any line is blocked, 2 for a usage \
            error or a file that does not load.

              standin check --persona personas/xiaolin.yaml "全网最低价，仅剩3件"
              standin check --persona personas/ava.yaml --category food --file lines.txt
              standin check --persona p.yaml --catalog c.yaml --product tea-01 --tsv --file -
            """)

    @Argument(help: "The line to check (omit it with --file).")
    var line: String?

    @Option(name: .long, help: ArgumentHelp("A file of lines to check, one per line ('-' for standard input).", valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp("The persona whose guardrails apply (YAML; required).", valueName: "path"))
    var persona: String?

    @Option(help: ArgumentHelp("The catalog, for --product and its category rules.", valueName: "path"))
    var catalog: String?

    @Option(help: ArgumentHelp("The product the lines are about (needs --catalog).", valueName: "id"))
    var product: String?

    @Option(help: ArgumentHelp("The product category: \(ProductCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "name"))
    var category: String?

    @Option(name: .customLong("special-use"),
            help: ArgumentHelp("A special-use registration the product holds (repeatable): \(SpecialUse.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "use"))
    var specialUse: [String] = []

    @Flag(help: "Print tab-separated values: line, decision, rule, phrase, reason, text.")
    var tsv = false

    func run() throws {
        let input: CheckInput
        do {
            input = try CheckInput.load(self)
        } catch let error as CheckUsageError {
            printError("error: \(error.message)")
            printError(Self.usageString())
            throw ExitCode(2)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        var blocked = 0
        if tsv { printOut("line\tdecision\trule\tphrase\treason\ttext") }
        for (number, text) in input.lines {
            let verdict = input.verdict(on: text)
            if !verdict.violations.isEmpty { blocked += 1 }
            printOut(tsv ? CheckReport.tsv(number: number, text: text, verdict: verdict)
                         : CheckReport.text(number: number, text: text, verdict: verdict))
        }
        if !tsv {
            printOut("\(input.lines.count) line\(input.lines.count == 1 ? "" : "s") checked: \(input.lines.count - blocked) pass, \(blocked) blocked")
        }
        if blocked > 0 { throw ExitCode.failure }
    }

    /// Parse failures of this subcommand exit 2, like its own usage errors.
    static func isCheckInvocation(_ arguments: [String]) -> Bool {
        arguments.first == "check"
    }
}

/// A usage problem `standin check` reports with exit status 2.
struct CheckUsageError: Error {
    let message: String
}

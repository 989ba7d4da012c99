import ArgumentParser
import Foundation
import Guide
import Scripting
import StandInCore

/// `standin faq`: what the host would answer to a viewer's question, or how well a table of
/// questions is answered.
struct FAQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq",
        abstract: "Show which FAQ entry answers a viewer's question, or measure a table of questions.",
        discussion: """
            With a question: prints the reply the host would air (FAQ entry, check-later or decline \
            line), the entry's confidence, and whether the question may be shown. With --table: a \
            tab-separated file (catalog key, product on air, question, expected product#entry or '-'; \
            see docs/catalog.md); rows whose catalog key is --key are asked, and the top-1 accuracy \
            and the answer time per question are printed.
            """)

    @Option(help: "Persona file (YAML).")
    var persona: String

    @Option(help: "Catalog file (YAML).")
    var catalog: String

    @Option(name: .customLong("on-air"), help: "The product on air.")
    var onAir: String?

    @Option(help: "A question table (TSV) to measure instead of one question.")
    var table: String?

    @Option(help: "With --table: the catalog key of the rows to ask (the table's first column).")
    var key: String?

    @Argument(help: "The viewer's question.")
    var question: String?

    func validate() throws {
        if (table == nil) == (question == nil) { throw ValidationError("give either a question or --table") }
    }

    func run() throws {
        try reportingErrors {
            let persona = try Persona.load(from: persona)
            let catalog = try Catalog.load(from: catalog)
            let answerer = QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: catalog), index: FAQIndex(catalog: catalog))
            if let table {
                try measure(try FAQTable(path: table), answerer: answerer)
            } else if let question {
                ask(question, answerer: answerer)
            }
        }
    }

    private func ask(_ question: String, answerer: QuestionAnswerer) {
        show(answerer.answer(ViewerQuestion(id: "q", viewerName: "viewer", text: question, receivedAt: 0), productOnAir: onAir))
        for match in answerer.index.search(question: question, productOnAir: onAir).prefix(3) {
            printOut("  candidate \(match.productID)#\(match.entryIndex + 1) score " + String(format: "%.2f", match.score)
                     + " confidence " + String(format: "%.3f", match.confidence) + ": \(match.entry.question)")
        }
    }

    private func show(_ reply: PlannedAnswer) {
        switch reply.kind {
        case .faq(let match):
            printOut("faq \(match.productID)#\(match.entryIndex + 1) confidence \(String(format: "%.3f", match.confidence))"
                     + (match.productNamed ? " (product named)" : ""))
        case .checkLater: printOut("check later")
        case .declined(let topic): printOut("declined (\(topic))")
        case .reaction(let what): printOut("reaction \(what)")
        }
        printOut("language: \(reply.language.rawValue)")
        printOut("question shown: " + (reply.questionCaption ?? "no (\(reply.withheld.map(\.description).joined(separator: ", ")))"))
        printOut("reply: \(reply.text)")
    }

    private func measure(_ table: FAQTable, answerer: QuestionAnswerer) throws {
        let rows = table.rows.filter { key == nil || $0.catalogKey == key }
        var right = 0
        var seconds: [Double] = []
        for row in rows {
            let start = DispatchTime.now().uptimeNanoseconds
            let reply = answerer.answer(ViewerQuestion(id: "q\(row.line)", viewerName: "viewer", text: row.question, receivedAt: 0),
                                        productOnAir: row.onAir)
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            var got: (String, Int)?
            if case .faq(let match) = reply.kind { got = (match.productID, match.entryIndex) }
            if got?.0 == row.expected?.product && got?.1 == row.expected?.entry {
                right += 1
            } else {
                let said = got.map { "\($0.0)#\($0.1 + 1)" } ?? "-"
                let wanted = row.expected.map { "\($0.product)#\($0.entry + 1)" } ?? "-"
                printOut("miss \(table.path):\(row.line): \(row.question) → \(said), expected \(wanted)")
            }
        }
        let sorted = seconds.sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        printOut(String(format: "top-1 %d/%d (%.1f %%), answer time median %.2f ms, max %.2f ms", right, rows.count,
                        rows.isEmpty ? 0 : 100 * Double(right) / Double(rows.count), median * 1000, (sorted.last ?? 0) * 1000))
    }
}

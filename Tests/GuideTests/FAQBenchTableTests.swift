import Foundation
import Testing
import Scripting
import StandInCore
import TestSupport
@testable import Guide

/// The paraphrase sets under bench/faq (see scripts/bench-faq): top-1 accuracy at least 90 %.
@Suite("FAQ paraphrase sets")
struct FAQBenchTableTests {
    @Test(arguments: ["bench/faq/paraphrases.tsv", "bench/faq/held-out.tsv"])
    func topOneAccuracy(file: String) throws {
        let table = try FAQTable(path: repositoryPath(file))
        let demos = ["zh": try Demo(.zh), "en": try Demo(.en)]
        var misses: [String] = []
        for row in table.rows {
            let demo = try #require(demos[row.catalogKey], "line \(row.line): unknown catalog key")
            let reply = demo.answerer.answer(ViewerQuestion(id: "q", viewerName: "viewer", text: row.question, receivedAt: 0),
                                             productOnAir: row.onAir)
            var got: (String, Int)?
            if case .faq(let match) = reply.kind { got = (match.productID, match.entryIndex) }
            if got?.0 != row.expected?.product || got?.1 != row.expected?.entry {
                misses.append("\(row.line): \(row.question) → \(got.map { "\($0.0)#\($0.1 + 1)" } ?? "-")")
            }
        }
        let accuracy = Double(table.rows.count - misses.count) / Double(max(1, table.rows.count))
        #expect(table.rows.count >= 20)
        #expect(accuracy >= 0.9, "top-1 \(accuracy) on \(table.rows.count) questions; misses:\n\(misses.joined(separator: "\n"))")
    }

    @Test func aMalformedRowNamesItsLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("t.tsv", "# comment\nzh\ttea-01\t能放多久\ttea-01\n")
        #expect(throws: FAQTableError.self) { try FAQTable(path: path) }
        do { _ = try FAQTable(path: path) } catch { #expect("\(error)".hasSuffix("t.tsv:2: column 'expected' must be product#entry (1-based) or '-', got 'tea-01'")) }
    }
}

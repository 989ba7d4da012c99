import Foundation
import Scripting
import StandInCore

/// What `standin check` checks: the lines, and the guardrails and product context they are checked with.
struct CheckInput {
    let lines: [(number: Int, text: String)]
    let checker: GuardrailChecker
    let context: ProductClaimContext
    let source: LineSource

    /// Lines read beyond this are refused: a check is for copy, not for whole books.
    static let maxLines = 100_000

    static func load(_ command: CheckCommand) throws -> CheckInput {
        guard let personaPath = command.persona else { throw CheckUsageError(message: "--persona is required") }
        switch (command.line, command.file) {
        case (nil, nil): throw CheckUsageError(message: "give a line to check, or --file with one line per line")
        case (.some, .some): throw CheckUsageError(message: "give either a line or --file, not both")
        default: break
        }
        if command.product != nil, command.catalog == nil { throw CheckUsageError(message: "--product needs --catalog") }
        var context = ProductClaimContext.unknown
        let persona = try Persona.load(from: personaPath)
        let catalog = try command.catalog.map { try Catalog.load(from: $0) }
        if let id = command.product {
            guard let product = catalog?.product(id: id) else {
                let known = catalog?.products.map(\.id).joined(separator: ", ") ?? ""
                throw CheckUsageError(message: "--product '\(id)' is not in \(command.catalog ?? "the catalog") (known: \(known))")
            }
            context = ProductClaimContext(product)
        }
        if let name = command.category {
            guard let category = ProductCategory(rawValue: name) else {
                throw CheckUsageError(message: "--category '\(name)' is not one of \(ProductCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            context.category = category
        }
        for name in command.specialUse {
            guard let use = SpecialUse(rawValue: name) else {
                throw CheckUsageError(message: "--special-use '\(name)' is not one of \(SpecialUse.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            context.specialUse.insert(use)
        }
        let lines: [(Int, String)]
        if let text = command.line {
            lines = [(1, text)]
        } else {
            lines = try readLines(command.file!)
        }
        return CheckInput(lines: lines, checker: GuardrailChecker(persona: persona, catalog: catalog), context: context,
                          source: .operatorText)
    }

    private static func readLines(_ path: String) throws -> [(Int, String)] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: path) else {
                throw CheckUsageError(message: "cannot read --file \(path)")
            }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CheckUsageError(message: "--file \(path) is not UTF-8 text")
        }
        var lines: [(Int, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if lines.count == maxLines { throw CheckUsageError(message: "--file \(path) has more than \(maxLines) lines") }
            lines.append((index + 1, line))
        }
        if lines.isEmpty { throw CheckUsageError(message: "--file \(path) holds no lines to check") }
        return lines
    }

    /// The decision on one line: its sentences and the whole line, plus literal prices. A line
    /// with `{{fields}}` is a template: its own words are checked, the fields left out (they are data).
    func verdict(on written: String) -> CheckVerdict {
        let here = SourceLocation(file: "-", line: nil)
        let text = written.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
        let parts = SentenceSplitter.split(text).map { ScriptLine(kind: nil, text: $0, spoken: $0, source: here) }
        var violations: [GuardrailViolation] = []
        var cleared: [ClearedPhrase] = []
        for part in parts + (parts.count > 1 ? [ScriptLine(kind: nil, text: text, spoken: text, source: here)] : []) {
            let review = checker.review(part.text, source: source, product: context)
            for violation in review.violations
            where !violations.contains(where: { $0.rule == violation.rule && ($0.phrase.contains(violation.phrase) || violation.phrase.contains($0.phrase)) }) {
                violations.append(violation)
            }
            for phrase in review.cleared where !cleared.contains(phrase) { cleared.append(phrase) }
        }
        violations += checker.literalPrices(in: written, source: source).map {
            GuardrailViolation(rule: $0.rule, phrase: $0.phrase, source: $0.source,
                               reason: "a price written as a number; on air prices come only from the catalog ({{price}})")
        }
        return CheckVerdict(violations: violations, cleared: cleared)
    }
}

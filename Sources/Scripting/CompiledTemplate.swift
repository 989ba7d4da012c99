import Mustache
import StandInCore

/// A persona template parsed once, with the field names it uses checked.
struct CompiledTemplate: Sendable {
    let template: MustacheTemplate
    let source: SourceLocation
    let kind: SegmentKind?
    /// The template as a guardrail source: field, 1-based variant, location.
    let origin: LineSource
    /// The template text as written, for checks on the text itself (literal prices).
    let text: String
    /// Prices written into the template as numbers; such a variant never airs.
    let literalPrices: [String]
    /// Stock counts and deadlines written into the template's own words (fields blanked); such a
    /// variant never airs. Rendered lines are not checked for scarcity: `{{stock}}` is data.
    let literalScarcity: [(phrase: String, reason: String)]

    /// Parses `text` as Mustache with no HTML escaping; field names outside `allowed` and
    /// syntax errors become `FileError`s at the template's line.
    init(text: String, source: SourceLocation, kind: SegmentKind?, field: String,
         allowed: [String: String] = TemplateFields.known, variant: Int = 1) throws {
        if let problem = TemplateSyntax.problem(in: text) {
            throw FileError(file: source.file, line: source.line, field: field, problem: problem)
        }
        for name in Self.referencedNames(in: text) where allowed[name] == nil {
            let options = allowed.keys.sorted().joined(separator: ", ")
            throw FileError(file: source.file, line: source.line, field: field,
                            problem: "uses unknown field '{{\(name)}}' (known: \(options))")
        }
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw FileError(file: source.file, line: source.line, field: field,
                            problem: "is not a valid template: \(error.error) near '\(error.context.line)'")
        }
        self.source = source
        self.kind = kind
        self.text = text
        literalPrices = LiteralPriceDetector.prices(in: text)
        literalScarcity = GuardrailChecker.literalScarcity(in: text)
        origin = .template(field: field, variant: variant, location: source, product: nil)
    }

    func render(_ values: [String: Any]) -> String {
        template.render(values).trimmedWhitespace
    }

    /// Names inside `{{name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`, `{{{name}}}`.
    static func referencedNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if let first = tag.first, "#^/{&".contains(first) { tag.removeFirst() }
            tag = tag.trimmingCharacters(in: CharacterSet(charactersIn: " }"))
            if tag.isEmpty || tag.first == "!" || tag.first == "%" || tag.first == ">" || tag == "." { continue }
            names.append(tag)
        }
        return names
    }
}

import Foundation

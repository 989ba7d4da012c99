import Foundation
import StandInCore

/// Authoring-time check of everything a persona can put on air: every template variant
/// rendered against every product (and every selling point), the catalog texts themselves,
/// and prices written into templates.
///
/// ```swift
/// for problem in try PersonaValidator.problems(persona: persona, catalog: catalog) { print(problem) }
/// ```
/// A problem in catalog text is reported once at its catalog line, not again for every
/// template that quotes it; a problem in a template's own words is reported once for the
/// first product it shows up with, counting the others.
public enum PersonaValidator {
    /// Every guardrail problem, in file order; empty when the persona may air as is.
    /// Throws template errors (unknown field, bad syntax) like `ScriptBuilder` does.
    public static func problems(persona: Persona, catalog: Catalog?) throws -> [ValidationProblem] {
        guard let catalog else { return try templateTextProblems(persona) }
        let builder = try ScriptBuilder(persona: persona, catalog: catalog)
        var report = ProblemList()
        let templates = [builder.greeting] + SegmentKind.allCases.flatMap { builder.variants[$0] ?? [] }
        for template in templates { addTemplateWordProblems(template, to: &report) }
        report.add(builder.guardrails.check(builder.guardrails.declineLine, source: declineLineSource(persona)))
        report.add(builder.guardrails.check(persona.checkLaterLine, source: checkLaterSource(persona)))
        var catalogHits = Set<String>()
        for product in catalog.products {
            for violation in catalogProblems(product, checker: builder.guardrails) {
                report.add(violation, key: nil)
                catalogHits.insert(product.id + "\u{0}" + violation.rule.id + "\u{0}" + violation.phrase)
            }
        }
        for template in templates {
            let quotesName = CompiledTemplate.referencedNames(in: template.text).contains("name")
            for product in catalog.products {
                let points: [String?] = template.kind == .sellingPoint ? product.sellingPoints : [nil]
                for point in points {
                    // Catalog text this render quotes: a hit inside it was already reported at its catalog line.
                    let quoted = [quotesName ? product.name : nil, point].compactMap { $0 }
                    let lines = builder.sentences(of: template, product: product, point: point)
                    // Each sentence and the whole render; scarcity only from the template's words ({{stock}} is data).
                    for violation in builder.guardrails.parts(lines, keep: { $0.rule != .scarcity }).flatMap(\.violations)
                    where !(catalogHits.contains(product.id + "\u{0}" + violation.rule.id + "\u{0}" + violation.phrase)
                            && quoted.contains { $0.contains(violation.phrase) }) {
                        report.add(violation, key: "\(template.origin)\u{0}\(violation.rule.id)\u{0}\(violation.phrase)",
                                   product: product.id)
                    }
                }
            }
        }
        addLexiconProblems(builder, catalog: catalog, to: &report)
        return report.problems
    }

    /// Prices, stock counts and deadlines written into a template's own words.
    private static func addTemplateWordProblems(_ template: CompiledTemplate, to report: inout ProblemList) {
        for price in template.literalPrices {
            report.add(GuardrailViolation(rule: .literalPrice, phrase: price, source: template.origin), key: nil)
        }
        for hit in template.literalScarcity {
            report.add(GuardrailViolation(rule: .scarcity, phrase: hit.phrase, source: template.origin, reason: hit.reason), key: nil)
        }
    }

    /// Sign-off, catchphrases and the spoken disclosure (persona fields only), and every
    /// transition rendered into every product.
    private static func addLexiconProblems(_ builder: ScriptBuilder, catalog: Catalog, to report: inout ProblemList) {
        let lexicon = builder.lexicon
        let own = [lexicon.signOff, lexicon.disclosure].compactMap { $0 } + lexicon.catchphrases
        for template in own + lexicon.transitions { addTemplateWordProblems(template, to: &report) }
        for template in own {
            let lines = builder.sentences(of: template, values: TemplateFields.values(persona: builder.persona))
            report.add(builder.guardrails.parts(lines, keep: { $0.rule != .scarcity }).flatMap(\.violations))
        }
        for template in lexicon.transitions {
            for product in catalog.products {
                let lines = builder.sentences(of: template, product: product, point: nil)
                for violation in builder.guardrails.parts(lines, keep: { $0.rule != .scarcity }).flatMap(\.violations) {
                    report.add(violation, key: "\(template.origin)\u{0}\(violation.rule.id)\u{0}\(violation.phrase)",
                               product: product.id)
                }
            }
        }
    }

    /// Catalog texts that are aired as they are: the name, each selling point and each FAQ answer.
    static func catalogProblems(_ product: Product, checker: GuardrailChecker) -> [GuardrailViolation] {
        var found = checker.check(product.name, source: .catalog(product: product.id, field: "name", location: product.nameSource))
        for (index, point) in product.sellingPoints.enumerated() {
            let source = LineSource.catalog(product: product.id, field: "selling_points[\(index)]",
                                            location: product.sellingPointSource(index))
            found += checker.check(point, source: source) + checker.literalPrices(in: point, source: source)
        }
        for (index, entry) in product.faq.enumerated() {
            let source = LineSource.catalog(product: product.id, field: "faq[\(index)].a", location: entry.answerSource)
            found += checker.check(entry.answer, source: source) + checker.literalPrices(in: entry.answer, source: source)
        }
        return found
    }

    /// Without a catalog: each template's own words, with its fields left out.
    private static func templateTextProblems(_ persona: Persona) throws -> [ValidationProblem] {
        let checker = GuardrailChecker(persona: persona)
        var report = ProblemList()
        for kind in SegmentKind.allCases {
            for (index, template) in (persona.templates[kind] ?? []).enumerated() {
                let source = LineSource.template(field: "templates.\(kind.rawValue)", variant: index + 1,
                                                 location: template.source, product: nil)
                let words = template.text.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
                report.add(checker.literalPrices(in: template.text, source: source) + checker.check(words, source: source))
            }
        }
        // Lines that do not depend on a product: their own words, fields left out.
        let lexicon = persona.lexicon
        var own: [(field: String, template: Persona.Template)] = [
            ("greeting", Persona.Template(text: persona.greeting, source: SourceLocation(file: persona.file, line: nil))),
        ]
        own += lexicon.signOff.map { [("sign_off", $0)] } ?? []
        own += lexicon.catchphrases.enumerated().map { ("catchphrases[\($0.offset)].text", $0.element.template) }
        own += lexicon.transitions.map { ("transitions", $0) }
        own += persona.disclosure.spoken.map { [("disclosure.spoken", $0)] } ?? []
        for (field, template) in own {
            let source = LineSource.template(field: field, variant: 1, location: template.source, product: nil)
            let words = template.text.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
            report.add(checker.literalPrices(in: template.text, source: source) + checker.check(words, source: source))
        }
        report.add(checker.check(checker.declineLine, source: declineLineSource(persona)))
        report.add(checker.check(persona.checkLaterLine, source: checkLaterSource(persona)))
        return report.problems
    }

    private static func checkLaterSource(_ persona: Persona) -> LineSource {
        .template(field: "check_later", variant: 1,
                  location: persona.lexicon.checkLater?.source ?? SourceLocation(file: persona.file, line: nil), product: nil)
    }

    private static func declineLineSource(_ persona: Persona) -> LineSource {
        .template(field: "guardrails.decline_topics.line", variant: 1, location: SourceLocation(file: persona.file, line: nil),
                  product: nil)
    }
}

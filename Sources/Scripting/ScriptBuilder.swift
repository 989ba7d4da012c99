import Foundation
import StandInCore

/// Turns a persona's templates and a product's catalog fields into the lines the host says.
///
/// ```swift
/// let builder = try ScriptBuilder(persona: persona, catalog: catalog)
/// let lines = builder.clipScript(for: product, seed: 7)
/// ```
/// Variant choice is seeded and independent of the process (no `Hasher`), so the same
/// files, seed and history always give the same script. Every rendered line passes the
/// persona's guardrails before it is chosen; a failing variant is skipped for another.
public struct ScriptBuilder: Sendable {
    public let persona: Persona
    public let catalog: Catalog
    public let guardrails: GuardrailChecker
    let greeting: CompiledTemplate
    let variants: [SegmentKind: [CompiledTemplate]]
    /// Sign-off, catchphrases, transitions and the spoken disclosure (`ScriptBuilder+Lexicon`).
    let lexicon: CompiledLexicon
    /// Applied to every line's spoken text.
    public let pronunciations: PronunciationLexicon

    /// The segment flow of a clip: intro, two selling points, the offer, the call to action.
    public static let clipFlow: [SegmentKind] = [.intro, .sellingPoint, .sellingPoint, .offer, .callToAction]

    /// The flow of each further round when a clip must run longer: more selling points,
    /// the offer again, the call to action again.
    public static let extraRoundFlow: [SegmentKind] = [.sellingPoint, .sellingPoint, .offer, .callToAction]

    /// Compiles every template; throws the first template error with its file and line.
    public init(persona: Persona, catalog: Catalog) throws {
        self.persona = persona
        self.catalog = catalog
        guardrails = GuardrailChecker(persona: persona, catalog: catalog)
        greeting = try CompiledTemplate(text: persona.greeting, source: SourceLocation(file: persona.file, line: nil),
                                        kind: nil, field: "greeting")
        var variants: [SegmentKind: [CompiledTemplate]] = [:]
        for (kind, templates) in persona.templates {
            variants[kind] = try templates.enumerated().map { index, template in
                try CompiledTemplate(text: template.text, source: template.source, kind: kind,
                                     field: "templates.\(kind.rawValue)", variant: index + 1)
            }
        }
        self.variants = variants
        lexicon = try CompiledLexicon(persona)
        pronunciations = PronunciationLexicon(persona.voice.pronunciations)
    }

    /// The greeting followed by one line per step of `clipFlow`, split into sentences.
    public func clipScript(for product: Product, seed: UInt64) -> [ScriptLine] {
        clipPlan(for: product, seed: seed).lines
    }

    /// `clipScript` with what was skipped, avoiding lines `history` aired within its window
    /// before `now` (samples of air time).
    public func clipPlan(for product: Product, seed: UInt64, history: LineHistory = LineHistory(),
                         at now: Int = 0) -> PlannedScript {
        var plan = choose(greeting, product: product, history: history, at: now)
        plan.append(self.plan(Self.clipFlow, for: product, seed: seed, round: 0, history: history, at: now))
        return plan
    }

    /// Round `round` (1, 2, …) of `extraRoundFlow` for `product`, to follow a clip script.
    public func extraRound(for product: Product, seed: UInt64, round number: Int,
                           history: LineHistory = LineHistory(), at now: Int = 0) -> [ScriptLine] {
        plan(Self.extraRoundFlow, for: product, seed: seed, round: number, history: history, at: now).lines
    }

    func values(_ product: Product, point: String?) -> [String: Any] {
        TemplateFields.values(product: product, catalog: catalog, persona: persona, point: point)
    }

    /// The rendered template as one line per sentence; the last one ends the segment.
    func sentences(of template: CompiledTemplate, values: [String: Any], origin: LineSource? = nil) -> [ScriptLine] {
        lines(SentenceSplitter.split(template.render(values)), kind: template.kind, source: template.source,
              origin: origin ?? template.origin)
    }

    /// `template` rendered for `product` (and one selling point), its origin naming the product.
    func sentences(of template: CompiledTemplate, product: Product, point: String?) -> [ScriptLine] {
        sentences(of: template, values: values(product, point: point), origin: template.origin.rendered(for: product.id))
    }

    /// `text` (an operator's or a preview's own words) as lines, pronunciations applied.
    public func customLines(_ text: String, source: SourceLocation) -> [ScriptLine] {
        lines(SentenceSplitter.split(text), kind: nil, source: source, origin: .operatorText)
    }

    private func lines(_ sentences: [String], kind: SegmentKind?, source: SourceLocation, origin: LineSource) -> [ScriptLine] {
        sentences.enumerated().map { index, sentence in
            ScriptLine(kind: kind, text: sentence, spoken: pronunciations.apply(sentence), source: source,
                       endsSegment: index == sentences.count - 1, origin: origin)
        }
    }
}

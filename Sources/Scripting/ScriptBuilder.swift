import StandInCore

/// Turns a persona's templates and a product's catalog fields into the lines the host says.
///
/// ```swift
/// let builder = try ScriptBuilder(persona: persona, catalog: catalog)
/// let lines = builder.clipScript(for: product, seed: 7)
/// ```
/// Variant choice is seeded and independent of the process (no `Hasher`), so the same
/// files and seed always give the same script.
public struct ScriptBuilder: Sendable {
    public let persona: Persona
    public let catalog: Catalog
    private let greeting: CompiledTemplate
    private let variants: [SegmentKind: [CompiledTemplate]]
    /// Sign-off, catchphrases, transitions and the spoken disclosure (`ScriptBuilder+Lexicon`).
    let lexicon: CompiledLexicon
    /// Applied to every line's spoken text.
    public let pronunciations: PronunciationLexicon

    /// The segment flow of a clip: intro, two selling points, the offer, the call to action.
    public static let clipFlow: [SegmentKind] = [.intro, .sellingPoint, .sellingPoint, .offer, .callToAction]

    /// Compiles every template; throws the first template error with its file and line.
    public init(persona: Persona, catalog: Catalog) throws {
        self.persona = persona
        self.catalog = catalog
        greeting = try CompiledTemplate(text: persona.greeting, source: SourceLocation(file: persona.file, line: nil),
                                        kind: nil, field: "greeting")
        var variants: [SegmentKind: [CompiledTemplate]] = [:]
        for (kind, templates) in persona.templates {
            variants[kind] = try templates.map {
                try CompiledTemplate(text: $0.text, source: $0.source, kind: kind, field: "templates.\(kind.rawValue)")
            }
        }
        self.variants = variants
        lexicon = try CompiledLexicon(persona)
        pronunciations = PronunciationLexicon(persona.voice.pronunciations)
    }

    /// The flow of each further round when a clip must run longer: more selling points,
    /// the offer again, the call to action again.
    public static let extraRoundFlow: [SegmentKind] = [.sellingPoint, .sellingPoint, .offer, .callToAction]

    /// The greeting followed by one line per step of `clipFlow`, split into sentences.
    public func clipScript(for product: Product, seed: UInt64) -> [ScriptLine] {
        sentences(of: greeting, values: values(product, point: nil)) + round(Self.clipFlow, product: product, seed: seed, round: 0)
    }

    /// Round `round` (1, 2, …) of `extraRoundFlow` for `product`, to follow a clip script.
    public func extraRound(for product: Product, seed: UInt64, round number: Int) -> [ScriptLine] {
        round(Self.extraRoundFlow, product: product, seed: seed, round: number)
    }

    private func round(_ flow: [SegmentKind], product: Product, seed: UInt64, round number: Int) -> [ScriptLine] {
        var random = SeededRandom(seed: seed &+ UInt64(number), salt: product.id)
        var lines: [ScriptLine] = []
        var pointIndex = Int(random.next(below: UInt64(product.sellingPoints.count)))
        for kind in flow {
            guard let options = variants[kind], !options.isEmpty else { continue }
            let template = options[Int(random.next(below: UInt64(options.count)))]
            var point: String?
            if kind == .sellingPoint {
                point = product.sellingPoints[pointIndex % product.sellingPoints.count]
                pointIndex += 1
            }
            lines += sentences(of: template, values: values(product, point: point))
        }
        return lines
    }

    private func values(_ product: Product, point: String?) -> [String: Any] {
        TemplateFields.values(product: product, catalog: catalog, persona: persona, point: point)
    }

    /// The rendered template as one line per sentence; the last one ends the segment.
    func sentences(of template: CompiledTemplate, values: [String: Any]) -> [ScriptLine] {
        lines(SentenceSplitter.split(template.render(values)), kind: template.kind, source: template.source)
    }

    /// `text` (an operator's or a preview's own words) as lines, pronunciations applied.
    public func customLines(_ text: String, source: SourceLocation) -> [ScriptLine] {
        lines(SentenceSplitter.split(text), kind: nil, source: source)
    }

    private func lines(_ sentences: [String], kind: SegmentKind?, source: SourceLocation) -> [ScriptLine] {
        sentences.enumerated().map { index, sentence in
            ScriptLine(kind: kind, text: sentence, spoken: pronunciations.apply(sentence), source: source,
                       endsSegment: index == sentences.count - 1)
        }
    }
}

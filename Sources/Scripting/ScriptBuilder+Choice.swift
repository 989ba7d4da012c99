import Foundation
import StandInCore

extension ScriptBuilder {
    /// One line per step of `flow` for `product`, split into sentences.
    ///
    /// For each step a seeded draw picks the preferred variant (and, for selling points, the
    /// point); candidates are then tried in a fixed order from there: the first one whose
    /// lines pass the guardrails and did not air within `history`'s window before `now` wins.
    /// When every clean candidate is recent, the least recently aired one is reused (so a
    /// persona with one variant still speaks); when none is clean, the step is skipped.
    /// With nothing blocked and an empty history this is exactly the seeded draw.
    public func plan(_ flow: [SegmentKind], for product: Product, seed: UInt64, round number: Int,
                     history: LineHistory = LineHistory(), at now: Int = 0) -> PlannedScript {
        var random = SeededRandom(seed: seed &+ UInt64(number), salt: product.id)
        let points = product.sellingPoints
        var pointIndex = Int(random.next(below: UInt64(max(points.count, 1))))
        var chooser = LineChooser(history: history, now: now, guardrails: guardrails)
        for kind in flow {
            guard let options = variants[kind], !options.isEmpty else { continue }
            let first = Int(random.next(below: UInt64(options.count)))
            let pointOrder: [Int?] = kind == .sellingPoint ? (0..<points.count).map { (pointIndex + $0) % points.count } : [nil]
            let candidates = pointOrder.lazy.flatMap { point in
                (0..<options.count).lazy.map { offset in
                    (template: options[(first + offset) % options.count], point: point)
                }
            }
            let chosen = chooser.pick(candidates.map { candidate in
                (lines: sentences(of: candidate.template, product: product, point: candidate.point.map { points[$0] }),
                 template: candidate.template, tag: candidate.point,
                 quoted: Self.quotedCatalogText(product, point: candidate.point))
            })
            if case .some(.some(let point)) = chosen { pointIndex = point + 1 }
        }
        return chooser.plan
    }

    /// The greeting (one variant), checked like every other line.
    func choose(_ template: CompiledTemplate, product: Product, history: LineHistory, at now: Int) -> PlannedScript {
        var chooser = LineChooser(history: history, now: now, guardrails: guardrails)
        _ = chooser.pick([(lines: sentences(of: template, product: product, point: nil), template: template, tag: nil,
                           quoted: Self.quotedCatalogText(product, point: nil))])
        return chooser.plan
    }

    /// Catalog texts a render for `product` may quote (its name, the selling point), with
    /// where each is written, so a phrase found in one is reported there.
    static func quotedCatalogText(_ product: Product, point: Int?) -> [(text: String, source: LineSource)] {
        var quoted = [(text: product.name, source: LineSource.catalog(product: product.id, field: "name",
                                                                      location: product.nameSource))]
        if let point {
            quoted.append((product.sellingPoints[point], .catalog(product: product.id, field: "selling_points[\(point)]",
                                                                  location: product.sellingPointSource(point))))
        }
        return quoted
    }
}

/// Picks one candidate per step and collects the plan; remembers what this plan already
/// uses, so a line does not repeat inside one segment either.
struct LineChooser {
    typealias Candidate = (lines: [ScriptLine], template: CompiledTemplate, tag: Int?,
                           quoted: [(text: String, source: LineSource)])

    let history: LineHistory
    let now: Int
    let guardrails: GuardrailChecker
    private(set) var plan = PlannedScript()
    private var used: Set<String> = []

    init(history: LineHistory, now: Int, guardrails: GuardrailChecker) {
        self.history = history; self.now = now; self.guardrails = guardrails
    }

    /// The chosen candidate's tag (nil inside when it has none); nil when every candidate is blocked.
    /// Recency is checked first (cheap); the guardrails only for a candidate about to be taken.
    mutating func pick(_ candidates: some Sequence<Candidate>) -> Int?? {
        var recent: [(candidate: Candidate, lastAired: Int)] = []
        for candidate in candidates {
            let lastAired = candidate.lines.map { used.contains($0.text) ? now : history.lastAired($0.text) ?? Int.min }.max() ?? Int.min
            if lastAired == Int.min || now - lastAired >= history.window {
                guard isClean(candidate) else { continue }
                take(candidate)
                return .some(candidate.tag)
            }
            recent.append((candidate, lastAired))
        }
        // Every clean candidate aired within the window: reuse the least recently aired (stable for ties).
        for (candidate, _) in recent.enumerated().sorted(by: { ($0.element.lastAired, $0.offset) < ($1.element.lastAired, $1.offset) })
            .map(\.element) where isClean(candidate) {
            plan.repeats += candidate.lines.map(\.text)
            take(candidate)
            return .some(candidate.tag)
        }
        return nil
    }

    private mutating func take(_ candidate: Candidate) {
        plan.lines += candidate.lines
        used.formUnion(candidate.lines.map(\.text))
    }

    private mutating func isClean(_ candidate: Candidate) -> Bool {
        var clean = true
        let origin = candidate.lines.first?.origin ?? candidate.template.origin
        if !candidate.template.literalPrices.isEmpty {
            let text = candidate.lines.map(\.text).joined(separator: " ")
            append(BlockedLine(text: text, violations: candidate.template.literalPrices.map {
                GuardrailViolation(rule: .literalPrice, phrase: $0, source: origin)
            }))
            clean = false
        }
        if !candidate.template.literalScarcity.isEmpty {
            let text = candidate.lines.map(\.text).joined(separator: " ")
            append(BlockedLine(text: text, violations: candidate.template.literalScarcity.map {
                GuardrailViolation(rule: .scarcity, phrase: $0.phrase, source: origin, reason: $0.reason)
            }))
            clean = false
        }
        // Scarcity in a rendered line is data ({{stock}}) unless it came from quoted catalog text.
        let keep: (GuardrailViolation) -> Bool = { violation in
            violation.rule != .scarcity || candidate.quoted.contains { $0.text.localizedCaseInsensitiveContains(violation.phrase) }
        }
        for part in guardrails.parts(candidate.lines, keep: keep) {
            // A phrase that is not in the template's own words came from the catalog text it quotes.
            let violations = part.violations.map { violation in
                guard !candidate.template.text.localizedCaseInsensitiveContains(violation.phrase),
                      let quote = candidate.quoted.first(where: { $0.text.localizedCaseInsensitiveContains(violation.phrase) })
                else { return violation }
                return GuardrailViolation(rule: violation.rule, phrase: violation.phrase, source: quote.source, reason: violation.reason)
            }
            append(BlockedLine(text: part.text, violations: violations))
            clean = false
        }
        return clean
    }

    private mutating func append(_ blocked: BlockedLine) {
        if !plan.blocked.contains(blocked) { plan.blocked.append(blocked) }
    }
}

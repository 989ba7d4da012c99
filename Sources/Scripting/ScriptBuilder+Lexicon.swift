import StandInCore

/// Lines beyond a product segment: the sign-off, a catchphrase, a transition to the next
/// product and the spoken AI disclosure. Each is empty when the persona has none, and
/// when any of its sentences fails the guardrails (`PersonaValidator` reports those at
/// authoring time; at run time the whole item is left out rather than half said).
extension ScriptBuilder {
    /// The sign-off, said when the host leaves the room.
    public func signOff() -> [ScriptLine] {
        lexicon.signOff.map { cleared($0, sentences(of: $0, values: TemplateFields.values(persona: persona))) } ?? []
    }

    /// Catchphrase `index` (of `persona.lexicon.catchphrases`; see `CatchphraseSchedule`).
    public func catchphrase(_ index: Int) -> [ScriptLine] {
        guard lexicon.catchphrases.indices.contains(index) else { return [] }
        let template = lexicon.catchphrases[index]
        return cleared(template, sentences(of: template, values: TemplateFields.values(persona: persona)))
    }

    /// A transition variant, chosen by `seed`, leading into `next`.
    public func transition(to next: Product, seed: UInt64) -> [ScriptLine] {
        guard !lexicon.transitions.isEmpty else { return [] }
        var random = SeededRandom(seed: seed, salt: "transition:" + next.id)
        let template = lexicon.transitions[Int(random.next(below: UInt64(lexicon.transitions.count)))]
        return cleared(template, sentences(of: template, product: next, point: nil))
    }

    /// The spoken AI disclosure (see `DisclosureCadence` for when).
    public func disclosure() -> [ScriptLine] {
        lexicon.disclosure.map { cleared($0, sentences(of: $0, values: TemplateFields.values(persona: persona))) } ?? []
    }

    /// `lines`, or nothing when any of them (or their whole text) breaks a guardrail; scarcity
    /// is judged on the template's own words, since `{{stock}}` is data.
    private func cleared(_ template: CompiledTemplate, _ lines: [ScriptLine]) -> [ScriptLine] {
        guard template.literalScarcity.isEmpty else { return [] }
        return guardrails.parts(lines, keep: { $0.rule != .scarcity }).isEmpty ? lines : []
    }
}

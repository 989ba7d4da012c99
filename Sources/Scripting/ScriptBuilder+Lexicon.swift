import StandInCore

/// Lines beyond a product segment: the sign-off, a catchphrase, a transition to the next
/// product and the spoken AI disclosure. Each is empty when the persona has none, and
/// when any of its sentences fails the guardrails (`PersonaValidator` reports those at
/// authoring time; at run time the whole item is left out rather than half said).
extension ScriptBuilder {
    /// The sign-off, said when the host leaves the room.
    public func signOff() -> [ScriptLine] {
        cleared(lexicon.signOff.map { sentences(of: $0, values: TemplateFields.values(persona: persona)) } ?? [])
    }

    /// Catchphrase `index` (of `persona.lexicon.catchphrases`; see `CatchphraseSchedule`).
    public func catchphrase(_ index: Int) -> [ScriptLine] {
        guard lexicon.catchphrases.indices.contains(index) else { return [] }
        return cleared(sentences(of: lexicon.catchphrases[index], values: TemplateFields.values(persona: persona)))
    }

    /// A transition variant, chosen by `seed`, leading into `next`.
    public func transition(to next: Product, seed: UInt64) -> [ScriptLine] {
        guard !lexicon.transitions.isEmpty else { return [] }
        var random = SeededRandom(seed: seed, salt: "transition:" + next.id)
        let template = lexicon.transitions[Int(random.next(below: UInt64(lexicon.transitions.count)))]
        return cleared(sentences(of: template, product: next, point: nil))
    }

    /// The spoken AI disclosure (see `DisclosureCadence` for when).
    public func disclosure() -> [ScriptLine] {
        cleared(lexicon.disclosure.map { sentences(of: $0, values: TemplateFields.values(persona: persona)) } ?? [])
    }

    /// `lines`, or nothing when any of them breaks a guardrail.
    private func cleared(_ lines: [ScriptLine]) -> [ScriptLine] {
        lines.allSatisfy { guardrails.check($0).isEmpty } ? lines : []
    }
}

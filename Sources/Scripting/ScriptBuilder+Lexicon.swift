import StandInCore

/// Lines beyond a product segment: the sign-off, a catchphrase, a transition to the next
/// product and the spoken AI disclosure. Each is empty when the persona has none.
extension ScriptBuilder {
    /// The sign-off, said when the host leaves the room.
    public func signOff() -> [ScriptLine] {
        lexicon.signOff.map { sentences(of: $0, values: TemplateFields.values(persona: persona)) } ?? []
    }

    /// Catchphrase `index` (of `persona.lexicon.catchphrases`; see `CatchphraseSchedule`).
    public func catchphrase(_ index: Int) -> [ScriptLine] {
        guard lexicon.catchphrases.indices.contains(index) else { return [] }
        return sentences(of: lexicon.catchphrases[index], values: TemplateFields.values(persona: persona))
    }

    /// A transition variant, chosen by `seed`, leading into `next`.
    public func transition(to next: Product, seed: UInt64) -> [ScriptLine] {
        guard !lexicon.transitions.isEmpty else { return [] }
        var random = SeededRandom(seed: seed, salt: "transition:" + next.id)
        let template = lexicon.transitions[Int(random.next(below: UInt64(lexicon.transitions.count)))]
        return sentences(of: template, values: TemplateFields.values(product: next, catalog: catalog, persona: persona, point: nil))
    }

    /// The spoken AI disclosure (see `DisclosureCadence` for when).
    public func disclosure() -> [ScriptLine] {
        lexicon.disclosure.map { sentences(of: $0, values: TemplateFields.values(persona: persona)) } ?? []
    }
}

import StandInCore

extension Persona {
    /// The persona with where it was read from cleared (the file, every line, the content hash
    /// over the file's bytes), so two files that say the same compare equal with `==`:
    /// comments, key order and quoting do not count, every value does.
    public func locationsCleared() -> Persona {
        let nowhere = SourceLocation(file: "", line: nil)
        func clear(_ template: Template) -> Template { Template(text: template.text, source: nowhere) }
        func clear(_ phrase: GuardrailPhrase) -> GuardrailPhrase { GuardrailPhrase(phrase.text, source: nowhere) }
        var persona = self
        persona.file = ""
        persona.contentHash = ""
        persona.templates = templates.mapValues { $0.map(clear) }
        persona.voice.pronunciations = voice.pronunciations.map {
            Pronunciation(written: $0.written, spoken: $0.spoken, source: nowhere)
        }
        persona.look.spritePack?.source = nowhere
        persona.lexicon.signOff = lexicon.signOff.map(clear)
        persona.lexicon.catchphrases = lexicon.catchphrases.map {
            Catchphrase(template: clear($0.template), atMostEveryMinutes: $0.atMostEveryMinutes)
        }
        persona.lexicon.transitions = lexicon.transitions.map(clear)
        persona.lexicon.checkLater = lexicon.checkLater.map(clear)
        persona.disclosure.spoken = disclosure.spoken.map(clear)
        persona.guardrails.banned = guardrails.banned.map(clear)
        persona.guardrails.competitors = guardrails.competitors.map(clear)
        persona.guardrails.absoluteClaims.extra = guardrails.absoluteClaims.extra.map(clear)
        persona.guardrails.absoluteClaims.exempt = guardrails.absoluteClaims.exempt.map(clear)
        persona.guardrails.declineTopics.keywords = guardrails.declineTopics.keywords.mapValues { $0.map(clear) }
        return persona
    }
}

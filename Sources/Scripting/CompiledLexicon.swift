import StandInCore

/// The persona's sign-off, catchphrases, transitions and spoken disclosure, compiled once.
/// Transitions may use product fields (of the product coming next); the others only the
/// persona's own (`brand`, `host`), so a typo like `{{name}}` in a sign-off is an error.
struct CompiledLexicon: Sendable {
    let signOff: CompiledTemplate?
    let catchphrases: [CompiledTemplate]
    let transitions: [CompiledTemplate]
    let disclosure: CompiledTemplate?

    init(_ persona: Persona) throws {
        func compile(_ template: Persona.Template, _ field: String, allowed: [String: String]) throws -> CompiledTemplate {
            try CompiledTemplate(text: template.text, source: template.source, kind: nil, field: field, allowed: allowed)
        }
        let own = TemplateFields.personaOnly
        signOff = try persona.lexicon.signOff.map { try compile($0, "sign_off", allowed: own) }
        catchphrases = try persona.lexicon.catchphrases.enumerated().map {
            try compile($0.element.template, "catchphrases[\($0.offset)].text", allowed: own)
        }
        transitions = try persona.lexicon.transitions.map { try compile($0, "transitions", allowed: TemplateFields.known) }
        disclosure = try persona.disclosure.spoken.map { try compile($0, "disclosure.spoken", allowed: own) }
    }
}

import Foundation
import Logging
import PersonaStore
import Scripting
import StandInCore

/// The studio's published versions of the persona on air, for `standin stream
/// --studio-personas`: asked before every segment, it loads a version only when the
/// published pointer has moved, and refuses one that fails the persona checks against the
/// channel's catalog (logged; the version on air stays).
final class PublishedPersonas: Sendable {
    let store: PersonaStore
    let catalog: Catalog
    let logger: Logger

    init(root: String, catalog: Catalog, logger: Logger) {
        store = PersonaStore(root: root); self.catalog = catalog; self.logger = logger
    }

    /// The published persona when it is not the one on air; nil otherwise.
    func latest(onAir: Persona) -> Persona? {
        guard let version = try? store.publishedVersion(id: onAir.id), version != onAir.version else { return nil }
        do {
            let (persona, _) = try store.publishedPersona(id: onAir.id)
            guard persona.versionTag != onAir.versionTag else { return nil }
            let problems = try PersonaValidator.problems(persona: persona, catalog: catalog)
            guard problems.isEmpty else {
                logger.error("published persona version refused: it fails the persona checks with this catalog",
                             metadata: ["persona": "\(persona.id) \(persona.versionTag)", "problems": "\(problems.count)",
                                        "first": "\(problems[0])"])
                return nil
            }
            return persona
        } catch {
            logger.error("published persona version unreadable", metadata: ["persona": "\(onAir.id)", "error": "\(error)"])
            return nil
        }
    }
}

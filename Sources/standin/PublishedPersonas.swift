import Foundation
import Logging
import PersonaStore
import Scripting
import StandInCore
import Synchronization

/// The studio's published versions of the persona on air, for `standin stream
/// --studio-personas`: asked before every segment, it loads a version when the published
/// pointer has moved (whatever its number: the studio numbers its own versions), and refuses
/// one that speaks another language than the channel's persona or fails the persona checks
/// against the channel's catalog (logged once; the persona on air stays).
final class PublishedPersonas: Sendable {
    let store: PersonaStore
    let catalog: Catalog
    let logger: Logger
    /// The published version last looked at (aired or refused).
    private let seen = Mutex<Int?>(nil)

    init(root: String, catalog: Catalog, logger: Logger) {
        store = PersonaStore(root: root); self.catalog = catalog; self.logger = logger
    }

    /// The newly published persona when it differs from the one on air; nil otherwise.
    func latest(onAir: Persona) -> Persona? {
        guard let version = try? store.publishedVersion(id: onAir.id) else { return nil }
        let isNew = seen.withLock { last in
            defer { last = version }
            return last != version
        }
        guard isNew else { return nil }
        do {
            let (persona, _) = try store.publishedPersona(id: onAir.id)
            guard persona.versionTag != onAir.versionTag else { return nil }
            guard persona.language == onAir.language else {
                logger.error("published persona version refused: it speaks another language than the channel's persona",
                             metadata: ["persona": "\(persona.id) \(persona.versionTag)",
                                        "language": "\(persona.language.rawValue)", "on_air": "\(onAir.language.rawValue)"])
                return nil
            }
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

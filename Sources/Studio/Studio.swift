import Foundation
import PersonaStore
import Speech
import StandInCore
import Synchronization

/// The persona authoring page's state: users, sessions, the versioned store, the catalog
/// used for checks and previews, and the page templates. `addRoutes(to:)` mounts it on any
/// Hummingbird router or group, so `standin serve` and `standin stream` serve the same page.
///
/// ```swift
/// let studio = try Studio(settings: StudioSettings(personasRoot: "personas", usersFile: "users.yaml",
///                                                  catalogFile: "assets/demo/catalog.yaml"))
/// let router = Router()
/// studio.addRoutes(to: router)     // everything under /studio
/// ```
public final class Studio: Sendable {
    public let settings: StudioSettings
    public let store: PersonaStore
    public let users: UserDirectory
    public let sessions: SessionTable
    /// Recent failed sign-ins, by user name and by client address.
    let signIns: Mutex<SignInLimiter>
    let check: PersonaCheck
    let previews: PreviewRenderer
    /// Previews and upload decodes, one at a time, bounded.
    let work: WorkQueue
    let pages: StudioPages
    /// Installed espeak-ng voices, for the voice picker.
    let voices: [String]
    /// The personas root and the temporary folder, never shown in a message.
    let serverPaths: ServerPaths

    /// `now` is the clock sessions expire by (tests pass a manual one).
    public init(settings: StudioSettings, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) throws {
        self.settings = settings
        sessions = SessionTable(idle: settings.sessionIdle, lifetime: settings.sessionLifetime, now: now)
        serverPaths = ServerPaths([settings.personasRoot, NSTemporaryDirectory()])
        store = PersonaStore(root: settings.personasRoot)
        users = try UserDirectory.load(from: settings.usersFile)
        signIns = Mutex(SignInLimiter(limit: settings.signInLimit, window: settings.signInWindow))
        let catalog = try Catalog.load(from: settings.catalogFile)
        check = PersonaCheck(catalog: catalog)
        work = WorkQueue(maxWaiting: settings.maxWaitingWork)
        previews = PreviewRenderer(catalog: catalog, video: VideoSettings(width: settings.previewWidth,
                                                                          height: settings.previewHeight, fps: 30),
                                   maxSpeech: settings.maxPreviewSpeech, work: work)
        pages = try StudioPages()
        voices = try SpeechSynthesizer.shared().installedVoices().sorted()
    }

    /// Brands this user may see: their own, or (operators) every brand with users or a folder.
    func visibleBrands(for user: StudioUser) -> [String] {
        user.role == .operator ? Array(Set(users.brands + store.brands())).sorted() : [user.brand]
    }

    /// Throws unless `user` may read and write `brand`, and the brand exists.
    func authorize(_ user: StudioUser, brand: String) throws {
        guard StoreName.isValid(brand) else { throw StudioError.badRequest("'\(brand)' is not a brand name") }
        guard user.mayAccess(brand: brand) else { throw StudioError.forbidden(brand: brand) }
        guard users.brands.contains(brand) || store.brands().contains(brand) else {
            throw StudioError.notFound("no brand '\(brand)'")
        }
    }

    /// The brand's folder, where its personas, sprite packs and images live.
    func folder(of brand: String) -> String { "\(settings.personasRoot)/\(brand)" }
}

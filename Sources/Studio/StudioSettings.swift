/// Everything `standin serve` (or `standin stream`) tells the studio.
public struct StudioSettings: Sendable {
    /// The personas root: one folder per brand.
    public var personasRoot: String
    /// The users file (see `UserDirectory`).
    public var usersFile: String
    /// The catalog personas are validated and previewed against.
    public var catalogFile: String
    /// Largest upload accepted (sprite layers, product images).
    public var maxUploadBytes: Int
    /// Largest editor request (a persona's fields as JSON).
    public var maxFormBytes: Int
    /// Preview frame size; the page's still is this size.
    public var previewWidth: Int
    public var previewHeight: Int
    /// Whether the session cookie is marked Secure (set when served over HTTPS).
    public var secureCookies: Bool
    /// Failed sign-ins allowed per user name, and per client address, within `signInWindow`;
    /// further attempts get 429 until the oldest failure is older than the window.
    public var signInLimit: Int
    public var signInWindow: Duration
    /// A session ends after this long unused, and this long after sign-in in any case.
    public var sessionIdle: Duration = .seconds(30 * 60)
    public var sessionLifetime: Duration = .seconds(12 * 3_600)
    /// Largest picture an upload may be (width x height), read from its header before decoding.
    public var maxUploadPixels = 4_096 * 4_096
    /// Longest line a preview may say, in characters, and the most speech a preview makes.
    public var maxPreviewLineCharacters = 500
    public var maxPreviewSpeech: Duration = .seconds(60)
    /// Previews and upload decodes run one at a time; this many more may wait (else 503), and
    /// one user may have one waiting or running (else 429).
    public var maxWaitingWork = 3

    public init(personasRoot: String, usersFile: String, catalogFile: String, maxUploadBytes: Int = 4 * 1_048_576,
                maxFormBytes: Int = 512 * 1_024, previewWidth: Int = 720, previewHeight: Int = 1280,
                secureCookies: Bool = false, signInLimit: Int = 5, signInWindow: Duration = .seconds(60)) {
        self.personasRoot = personasRoot; self.usersFile = usersFile; self.catalogFile = catalogFile
        self.maxUploadBytes = maxUploadBytes; self.maxFormBytes = maxFormBytes
        self.previewWidth = previewWidth; self.previewHeight = previewHeight; self.secureCookies = secureCookies
        self.signInLimit = signInLimit; self.signInWindow = signInWindow
    }
}

import Hummingbird

/// The request context of the control API: Hummingbird's, plus who the bearer token says
/// is asking (set by `TokenAuthMiddleware`, recorded with every command).
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The name of the token that authenticated the request.
    public var caller: String?

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}

import Hummingbird
import NIOCore

/// The request context of the control API: Hummingbird's, plus who the bearer token says
/// is asking (set by `TokenAuthMiddleware`, recorded with every command), and the client's
/// address (the studio served beside the API counts failed sign-ins by it).
public struct APIRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The name of the token that authenticated the request.
    public var caller: String?
    public let remoteAddress: SocketAddress?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

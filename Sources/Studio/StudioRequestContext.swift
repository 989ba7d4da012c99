import Hummingbird
import NIOCore

/// Hummingbird's request context plus the client's address, which the studio's sign-in
/// limit counts failures against. Any context conforming to `RemoteAddressRequestContext`
/// works the same (the control API's does); without one only the user name is counted.
public struct StudioRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

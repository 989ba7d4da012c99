import Hummingbird
import HummingbirdCore
import NIOCore

extension HTTPServerBuilder {
    /// An HTTP/1 server whose connections are held to `gate`'s limits (count and request time).
    ///
    /// ```swift
    /// let gate = ConnectionGate(limits: ConnectionLimits(), logger: logger)
    /// let app = Application(router: router, server: .limited(by: gate))
    /// ```
    public static func limited(by gate: ConnectionGate) -> HTTPServerBuilder {
        .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: [ConnectionLimitHandler(gate: gate)]))
    }
}

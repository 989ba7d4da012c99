import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Studio
import Testing
import TestSupport

/// After 5 failed sign-ins within a minute for a user name, or from a client address, the
/// studio answers 429 with Retry-After (without checking the password) and logs it.
@Suite struct StudioSignInLimitTests {
    static func attempt(_ client: any TestClientProtocol, _ name: String, _ password: String,
                        from address: String = "203.0.113.7") async throws -> TestResponse {
        try await postSignIn(client, name, password: password, headers: [.testClientAddress: address])
    }

    @Test func fiveWrongPasswordsForANameLockItForAMinute() async throws {
        let harness = try StudioHarness()
        let log = LogRecorder(echoPrefix: "studio", label: "studio-test")
        try await harness.withClient(Self.router(), logger: log.logger) { client in
            for index in 1...5 {
                // From different addresses: only the name's count reaches the limit.
                let wrong = try await Self.attempt(client, "lin", "nope", from: "198.51.100.\(index)")
                #expect(wrong.status == .unauthorized)
            }
            let locked = try await Self.attempt(client, "lin", "pw-lin", from: "198.51.100.99")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.cookie("standin_studio") == nil && locked.text.contains("Too many failed sign-ins"))
            let retryAfter = try #require(locked.headers[.retryAfter].flatMap { Int($0) })
            #expect((40...60).contains(retryAfter), "\(retryAfter)")   // a minute less the time the five attempts took under load
            // Another user signs in as usual.
            #expect(try await Self.attempt(client, "eve", "pw-eve", from: "198.51.100.99").status == .seeOther)
        }
        // Lines are "<level> <key=value …> <message>".
        let warnings = log.all.filter { $0.hasPrefix("warning ") }
        #expect(warnings.count == 1, "\(log.all)")
        let warning = try #require(warnings.first)
        #expect(warning.contains("sign-in limit reached") && warning.contains("user=lin") && warning.contains("address=198.51.100.5 "))
        #expect(log.all.contains { $0.hasPrefix("info ") && $0.contains("sign-in refused") && $0.contains("address=198.51.100.99 ") })
    }

    @Test func fiveFailuresFromOneAddressLockThatAddress() async throws {
        let harness = try StudioHarness()
        try await harness.withClient(Self.router()) { client in
            for name in ["a", "b", "c", "d", "lin"] {
                #expect(try await Self.attempt(client, name, "guess", from: "203.0.113.7").status == .unauthorized)
            }
            let locked = try await Self.attempt(client, "eve", "pw-eve", from: "203.0.113.7")
            #expect(locked.status == .tooManyRequests && locked.headers[.retryAfter] != nil)
            #expect(try await Self.attempt(client, "eve", "pw-eve", from: "203.0.113.8").status == .seeOther)
        }
    }

    @Test func aSuccessfulSignInStartsTheNamesCountAgain() async throws {
        let harness = try StudioHarness()
        try await harness.withClient(Self.router()) { client in
            for index in 1...4 { _ = try await Self.attempt(client, "lin", "nope", from: "198.51.100.\(index)") }
            #expect(try await Self.attempt(client, "lin", "pw-lin", from: "198.51.100.50").status == .seeOther)
            for index in 5...8 { _ = try await Self.attempt(client, "lin", "nope", from: "198.51.100.\(index)") }
            #expect(try await Self.attempt(client, "lin", "pw-lin", from: "198.51.100.51").status == .seeOther)
        }
    }

    @Test func withoutAnAddressTheNameIsStillLimited() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            for _ in 1...5 { _ = try await signIn(client, "lin", password: "nope") }
            let locked = try await postSignIn(client, "lin", password: "pw-lin")
            #expect(locked.status == .tooManyRequests)
        }
    }

    /// A router whose requests come from the address in the `X-Test-Client` header.
    static func router() -> Router<AddressedContext> {
        let router = Router(context: AddressedContext.self)
        router.add(middleware: ClientAddressMiddleware())
        return router
    }
}

/// A request context with a client address, as `StudioRequestContext` has one from the socket.
struct AddressedContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    var remoteAddress: SocketAddress?

    init(source: Source) { coreContext = .init(source: source) }
}

struct ClientAddressMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: AddressedContext,
                next: (Request, AddressedContext) async throws -> Response) async throws -> Response {
        var context = context
        context.remoteAddress = request.headers[.testClientAddress].flatMap { try? SocketAddress(ipAddress: $0, port: 4000) }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let testClientAddress = HTTPField.Name("X-Test-Client")!
}

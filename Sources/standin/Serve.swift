import ArgumentParser
import ControlAPI
import Dispatch
import Foundation
import Logging
import MediaIO
import Hummingbird
import HummingbirdBcrypt
import Studio

/// `standin serve`: the persona authoring page (the studio) on its own.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the persona authoring page: brand staff edit, check, preview and publish personas.",
        discussion: """
            Open http://HOST:PORT/studio and sign in with an account from the users file \
            (docs/studio.md). Every save is a new version under --personas/<brand>/ (a \
            hand-written <brand>/<id>.yaml there opens too; its first save keeps the file as a \
            version); a published version is what `standin stream` airs for that persona id. \
            Failed sign-ins: 5 a minute per name and per address, then 429. SIGINT/SIGTERM stop.
            """,
        subcommands: [Run.self, HashPassword.self],
        defaultSubcommand: Run.self)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "Serve the studio (the default).")

        @Option(help: "Personas root: one folder per brand.")
        var personas: String = "personas"

        @Option(help: "Users file (YAML); see docs/studio.md.")
        var users: String

        @Option(help: "Catalog that personas are checked and previewed against.")
        var catalog: String

        @Option(help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "Port to listen on.")
        var port: Int = 8080

        @Option(help: "Largest upload in MB (sprite layers, product images).")
        var maxUploadMb: Int = 4

        @Flag(help: "Mark the session cookie Secure (when a TLS proxy serves the page over HTTPS).")
        var secureCookies = false

        @Option(help: "Connections served at once; past it an idle one is closed for the newcomer, else 503.")
        var maxConnections: Int = 256

        @Option(help: "Milliseconds a connection has to send a whole request (from opening or its last answer).")
        var requestTimeoutMs: Int = 5_000

        @Option(help: "Minutes a session may go unused before its user must sign in again.")
        var sessionIdleMinutes: Int = 30

        @Option(help: "Hours a session lasts after sign-in, however much it is used.")
        var sessionHours: Int = 12

        func validate() throws {
            guard (1...1_440).contains(sessionIdleMinutes) else { throw ValidationError("--session-idle-minutes must be 1 to 1440") }
            guard (1...720).contains(sessionHours) else { throw ValidationError("--session-hours must be 1 to 720") }
            guard (1...100_000).contains(maxConnections) else { throw ValidationError("--max-connections must be 1 to 100000") }
            guard (100...600_000).contains(requestTimeoutMs) else { throw ValidationError("--request-timeout-ms must be 100 to 600000") }
        }

        func run() throws {
            LibAVLog.route(to: Logger(label: "standin.libav"))
            let studio = try reportingErrors {
                var settings = StudioSettings(personasRoot: personas, usersFile: users, catalogFile: catalog,
                                              maxUploadBytes: maxUploadMb * 1_048_576, secureCookies: secureCookies)
                settings.sessionIdle = .seconds(sessionIdleMinutes * 60)
                settings.sessionLifetime = .seconds(sessionHours * 3_600)
                return try Studio(settings: settings)
            }
            let router = Router(context: StudioRequestContext.self)
            studio.addRoutes(to: router)
            let url = "http://\(host):\(port)/studio"
            let limits = FileLimit.raise().fitting(ConnectionLimits(maxConnections: maxConnections,
                                                                     requestTimeout: .milliseconds(requestTimeoutMs)))
            let gate = ConnectionGate(limits: limits, logger: Logger(label: "standin.studio"))
            let app = Application(router: router, server: .limited(by: gate),
                                  configuration: .init(address: .hostname(host, port: port)),
                                  onServerRunning: { server in
                                      await gate.holdAccepting(server)
                                      printOut("studio: listening on \(url)")
                                  })
            let finished = DispatchSemaphore(value: 0)
            let failure = LockedError()
            Task {
                do { try await app.runService() } catch { failure.set(error) }
                finished.signal()
            }
            finished.wait()
            if let error = failure.get() { try reportingErrors { throw error } }
        }
    }

    struct HashPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hash-password",
            abstract: "Read a password from standard input and print its bcrypt hash for the users file.")

        @Option(help: "bcrypt cost (each step doubles the work).")
        var cost: UInt8 = 12

        func run() throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let password = input.hasSuffix("\n") ? String(input.dropLast()) : input
            guard !password.isEmpty else { throw ValidationError("give the password on standard input") }
            printOut(Bcrypt.hash(password, cost: cost))
        }
    }
}

/// An error handed from the server task to the waiting main thread.
private final class LockedError: @unchecked Sendable {  // every access holds `lock`
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ error: any Error) { lock.withLock { self.error = error } }
    func get() -> (any Error)? { lock.withLock { error } }
}

import ArgumentParser
import Dispatch
import Foundation
import ControlAPI
import Logging
import MediaIO
import Playout
import Prometheus
import StandInCore

/// `standin stream`: keeps a channel on air.
struct Stream: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep a channel on air: plan, speak, draw, encode once and push to every destination.",
        discussion: """
            Renders a little ahead of the clock (--lookahead) and sends paced by it. A human \
            shift either pauses publishing (yield mode) or is relayed into the same push from \
            the channel's relay ingest (relay mode); the host resumes with the welcome-back line. Every aired segment is appended to the as-run log \
            (<state>/asrun/asrun-YYYY-MM-DD.jsonl); restarted with the same --state, the channel \
            resumes at what should be on air now. SIGINT/SIGTERM stop cleanly. Stream keys \
            never appear in logs or status (rtmp://host/app/****).

            With tokens under `api:` in the channel file, a control API listens on \
            127.0.0.1:8787 (api.listen): status, skip, inject, pause/resume, viewer questions, \
            the as-run log and Prometheus metrics; see docs/api.md.
            """)

    @Option(help: "Channel file (YAML); see docs/channel.md.")
    var channel: String

    @Option(help: "Folder for the channel's clock and as-run log (default: state/<channel file name>).")
    var state: String?

    @Option(help: "Seconds of stream to render ahead of the clock.")
    var lookahead: Double = 2

    @Option(help: "At a sentence boundary, wait until it is this many seconds from air, so commands and questions arriving meanwhile apply there.")
    var boundaryMargin: Double = 0.5

    @Option(help: ArgumentHelp("Where a viewer's answer may break into the host's lines: word (the next comma pause, or before a word when that pause is over 0.6 s away; the broken clause is said again after the answer), clause (the next comma pause), sentence (the end of the sentence).", valueName: "word|clause|sentence"))
    var answerAt: LiveOptions.AnswerBreaks = .word

    @Option(help: "Stop at the first segment boundary after this many seconds of stream (default: run until stopped).")
    var duration: Int?

    @Option(help: "Run on a simulated clock starting at this ISO 8601 time (tests, rehearsals, soak runs).")
    var from: String?

    @Option(help: "With --from: simulated seconds per real second; 0 renders as fast as it can.")
    var speed: Double = 1

    @Option(help: "Frame size WIDTHxHEIGHT (default: the channel's).")
    var size: String?

    @Option(help: "x264 preset.")
    var preset: String = "veryfast"

    @Option(help: "x264 threads; 0 lets x264 choose (1.5 × cores). Fewer threads use less memory.")
    var encoderThreads: Int = 0

    @Option(help: "Seed for rotation and template variants.")
    var seed: UInt64 = 1

    @Option(help: "Log level: debug, info, warning, error.")
    var logLevel: String = "info"

    @Flag(help: "Keep start-up pages resident. By default, once the channel is loaded, the code and data only start-up used (~40 MB) are unmapped (they stay in the page cache).")
    var keepStartupPages = false

    @Option(help: "Seconds of stream between status lines in the log.")
    var statusEvery: Int = 60

    @Option(help: "Control API address HOST:PORT (default: the channel file's api.listen, else 127.0.0.1:8787).")
    var apiListen: String?

    /// `--api-listen` as host and port; nil when absent or malformed.
    var apiAddress: (host: String, port: Int)? {
        guard let parts = apiListen?.split(separator: ":"), parts.count == 2, !parts[0].isEmpty,
              let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        return (String(parts[0]), port)
    }

    @Flag(help: "Do not start the control API even if the channel file has tokens.")
    var noAPI = false

    @Option(help: "Persona studio root (one folder per brand): air the published version of the channel's persona and pick up newly published ones at the next segment.")
    var studioPersonas: String?

    @Option(help: "Users file of the persona studio: serve the studio's pages at /studio beside the control API (needs --studio-personas).")
    var studioUsers: String?

    func validate() throws {
        if let from, ISO8601DateFormatter().date(from: from) == nil {
            throw ValidationError("--from must be an ISO 8601 time like 2026-12-01T19:00:00+08:00, got '\(from)'")
        }
        guard lookahead > 0.1, lookahead <= 30 else { throw ValidationError("--lookahead must be between 0.1 and 30 seconds") }
        guard boundaryMargin >= 0.1, boundaryMargin <= lookahead else {
            throw ValidationError("--boundary-margin must be between 0.1 s and --lookahead (\(lookahead) s)")
        }
        guard (0...16).contains(encoderThreads) else { throw ValidationError("--encoder-threads must be 0 (auto) to 16") }
        guard speed >= 0, speed <= 1000 else { throw ValidationError("--speed must be between 0 and 1000") }
        if speed != 1, from == nil { throw ValidationError("--speed needs --from (a simulated clock)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be debug, info, warning or error") }
        if let apiListen, apiAddress == nil {
            throw ValidationError("--api-listen must look like 127.0.0.1:8787, got '\(apiListen)'")
        }
        if studioUsers != nil, studioPersonas == nil { throw ValidationError("--studio-users needs --studio-personas (the studio's persona root)") }
        if let size, VideoSettings.parseSize(size) == nil {
            throw ValidationError("--size must look like 720x1280, got '\(size)'")
        }
    }

    func run() throws {
        MallocTuning.forLongRunningStream()
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return RedactingLogHandler(base: handler, redactor: .shared)
        }
        let logger = Logger(label: "standin.stream")
        LibAVLog.route(to: Logger(label: "standin.libav"))
        let fileLimit = raiseFileLimit(logger)
        try reportingErrors {
            let files = try ChannelFiles.load(channel)
            SecretRedactor.shared.register(files.channel)
            // The same warnings `channel validate` prints, so a room started without validating
            // still says which shift a clock change moves and whether the catalog fills the rotation.
            for warning in files.warnings(from: Date()) { logger.warning("\(warning)") }
            var options = LiveOptions(stateFolder: state ?? "state/" + URL(fileURLWithPath: channel).deletingPathExtension().lastPathComponent)
            options.lookaheadSeconds = lookahead
            options.boundaryMarginSeconds = boundaryMargin
            options.answerBreaks = answerAt
            options.maxStreamSeconds = duration
            options.simulatedStart = from.flatMap { ISO8601DateFormatter().date(from: $0) }
            options.speed = speed
            options.preset = preset
            options.encoderThreads = encoderThreads
            options.seed = seed
            options.statusEverySeconds = statusEvery
            if let size, let parsed = VideoSettings.parseSize(size) {
                options.video = VideoSettings(width: parsed.width, height: parsed.height, fps: files.channel.video.fps)
            }
            let registry = PrometheusCollectorRegistry()
            var factory = PrometheusMetricsFactory(registry: registry)
            factory.durationHistogramBuckets[EngineMetrics.questionLatencyLabel] =
                [0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 20, 30, 60].map { Duration.milliseconds(Int64($0 * 1000)) }
            options.metrics = EngineMetrics(factory: factory)
            var persona = files.persona
            if let studioPersonas {
                let updates = PublishedPersonas(root: studioPersonas, catalog: files.catalog, logger: logger)
                persona = updates.latest(onAir: persona) ?? persona
                options.personaUpdates = { updates.latest(onAir: $0) }
            }
            // A voice espeak-ng does not have is the operator's to fix before anything airs.
            let voice = ContentCheck.voiceProblems(persona)
            if !voice.isEmpty { throw FileErrors(voice) }
            let engine = try LiveEngine(channel: files.channel, persona: persona, catalog: files.catalog,
                                        options: options, logger: logger)
            let comments = startComments(files, persona: persona, desk: engine.desk, metrics: factory, logger: logger)
            defer { comments?.stop() }
            let server = try startServer(files, desk: engine.desk, registry: registry,
                                         asRunFolder: (options.stateFolder as NSString).appendingPathComponent("asrun"),
                                         fileLimit: fileLimit, webhooks: comments?.webhooks, logger: logger)
            defer { server?.stop() }
            let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    logger.info("stopping on signal \(number)")
                    engine.requestStop()
                }
                source.resume()
                return source
            }
            defer { signals.forEach { $0.cancel() } }
            if !keepStartupPages { releaseStartupPages(logger) }
            try engine.run()
        }
    }
}

extension LiveOptions.AnswerBreaks: ExpressibleByArgument {}

extension Stream {
    /// The soft open-file limit raised to the hard one, logged: a stream holds sockets, logs and
    /// pictures open for days, and the control API keeps to half of what this allows.
    func raiseFileLimit(_ logger: Logger) -> FileLimit {
        let limit = FileLimit.raise()
        let metadata: Logger.Metadata = ["soft": "\(limit.soft)", "hard": "\(limit.hard)", "before": "\(limit.before)",
                                          "open": "\(limit.openFiles)"]
        if let failure = limit.failure {
            logger.warning("open-file limit not raised: \(failure)", metadata: metadata)
        } else {
            logger.info("open-file limit", metadata: metadata)
        }
        return limit
    }

    /// Everything is loaded and the render loop is next: start-up's pages can go.
    func releaseStartupPages(_ logger: Logger) {
        let released = StartupPages.release()
        let megabytes = { (bytes: Int) in String(format: "%.0f", Double(bytes) / 1_048_576) }
        if let failure = released.failure {
            logger.info("start-up pages kept (/proc/self/smaps: \(failure)); resident \(megabytes(released.before)) MB")
        } else {
            logger.info("start-up pages released: resident \(megabytes(released.before))→\(megabytes(released.after)) MB")
        }
    }
}

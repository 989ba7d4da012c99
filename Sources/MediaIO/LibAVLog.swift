import CFFmpeg
import Foundation
import Logging
import StandInCore
import Synchronization

/// libav's own log lines (a refused connection, a corrupt packet), sent through swift-log
/// like every other line of StandIn instead of straight to standard error: same format, the
/// operator's `--log-level`, and `component` saying which part of libav spoke ("tcp",
/// "rtmp", "h264"). A line repeating (a relay ingest that is down fails the same way every
/// retry) is logged once a minute with how many were held back. Every line passes through
/// `SecretRedactor.shared` first: a URL or stream key libav quotes is never printed.
///
/// ```swift
/// LibAVLog.route(to: Logger(label: "standin.libav"))
/// ```
public enum LibAVLog {
    private struct Route {
        let logger: Logger
        var filter: RepeatedLineFilter
        let started = ContinuousClock.now
    }

    private static let route = Mutex<Route?>(nil)

    /// From now on libav logs through `logger` (call after `LoggingSystem.bootstrap`). libav
    /// still decides nothing below error level is worth saying (see `LibAV`).
    public static func route(to logger: Logger, repeatWindow: Duration = .seconds(60)) {
        LibAV.prepare()
        let window = Int(repeatWindow.components.seconds) * 1000 + Int(repeatWindow.components.attoseconds / 1_000_000_000_000_000)
        route.withLock { $0 = Route(logger: logger, filter: RepeatedLineFilter(window: window)) }
        av_log_set_callback { object, level, format, arguments in
            guard level <= av_log_get_level(), let format, let arguments else { return }
            var text = [CChar](repeating: 0, count: 1024)
            guard vsnprintf(&text, text.count, format, arguments) > 0 else { return }
            let component = standin_av_log_component(object).map { String(cString: $0) }
            let message = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            LibAVLog.log(level: level, component: component, message: message)
        }
    }

    /// libav says nothing from now on: for commands that report every media problem
    /// themselves with file:line (`channel validate`, `persona validate`), where libav's own
    /// `[png @ 0x…] Invalid PNG signature` would only repeat it without saying which file.
    public static func silence() {
        LibAV.prepare()
        av_log_set_level(AV_LOG_QUIET)
    }

    /// Back to libav's own printing to standard error.
    public static func stopRouting() {
        av_log_set_callback { object, level, format, arguments in
            if let arguments { av_log_default_callback(object, level, format, arguments) }
        }
        route.withLock { $0 = nil }
    }

    /// Sends one libav line on (trimmed; empty lines and held-back repeats are dropped).
    static func log(level: Int32, component: String?, message: String,
                    redactor: SecretRedactor = .shared) {
        let message = redactor.redact(message.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !message.isEmpty else { return }
        let key = "\(level) \(component ?? "") \(message)"
        let admitted: (Logger, Int)? = route.withLock { route in
            guard var current = route else { return nil }
            let elapsed = current.started.duration(to: .now).components
            let now = Int(elapsed.seconds) * 1000 + Int(elapsed.attoseconds / 1_000_000_000_000_000)
            defer { route = current }
            return current.filter.admit(key, at: now).map { (current.logger, $0) }
        }
        guard let (logger, held) = admitted else { return }
        var metadata: Logger.Metadata = ["component": "\(component ?? "libav")"]
        if held > 0 { metadata["repeated"] = "\(held) more since it was last logged" }
        logger.log(level: Self.level(level), "libav: \(message)", metadata: metadata)
    }

    /// swift-log's level for a libav level (AV_LOG_PANIC … AV_LOG_TRACE).
    static func level(_ level: Int32) -> Logger.Level {
        switch level {
        case ...AV_LOG_ERROR: .error
        case ...AV_LOG_WARNING: .warning
        case ...AV_LOG_INFO: .info
        default: .debug
        }
    }
}

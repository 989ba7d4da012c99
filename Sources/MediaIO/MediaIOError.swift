import CFFmpeg

/// Everything that can go wrong while decoding, encoding or writing media.
///
/// C return codes become `.libav` in one place, `check(_:_:path:)`, so every message carries
/// FFmpeg's own text, what StandIn was doing and, when there is one, the file.
public enum MediaIOError: Error, Sendable, CustomStringConvertible {
    /// A libav call failed: what we were doing, the file if any, libav's code and its text.
    case libav(operation: String, path: String?, code: Int32, reason: String)
    /// A file operation outside libav (rename, delete, write) failed.
    case file(operation: String, path: String, reason: String)
    /// The build of FFmpeg has no encoder or decoder with this name.
    case codecNotFound(String)
    /// The caller passed something the module cannot use (wrong frame size, bad settings).
    case invalidInput(String)
    /// A writer was used after `finish()` or `abandon()`.
    case writerClosed(path: String)
    /// A network call gave no answer within its deadline (a live input that sends nothing).
    case timedOut(operation: String, path: String, after: Duration)

    public var description: String {
        switch self {
        case let .libav(operation, path, code, reason):
            let target = path.map { " '\($0)'" } ?? ""
            return "cannot \(operation)\(target): \(reason) (libav error \(code))"
        case let .file(operation, path, reason):
            return "cannot \(operation) '\(path)': \(reason)"
        case let .codecNotFound(name):
            return "the installed FFmpeg has no '\(name)' codec"
        case let .invalidInput(problem):
            return problem
        case let .writerClosed(path):
            return "the writer for '\(path)' is already finished or abandoned"
        case let .timedOut(operation, path, after):
            return "cannot \(operation) '\(path)': nothing arrived within \(after)"
        }
    }

    /// The one place a libav return code becomes an error: adds `av_strerror` text.
    static func from(code: Int32, operation: String, path: String?) -> MediaIOError {
        .libav(operation: operation, path: path, code: code, reason: reason(forCode: code))
    }

    /// libav's text for an error code (`av_strerror`).
    private static func reason(forCode code: Int32) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 256) { buffer in
            guard av_strerror(code, buffer.baseAddress, buffer.count) == 0 else { return "unknown error" }
            return String(cString: buffer.baseAddress!)
        }
    }
}

/// Turns a negative libav return code into `MediaIOError.libav`; returns non-negative codes.
///
/// EAGAIN and EOF are control flow: callers that expect them test for them before calling this.
@discardableResult
func check(_ code: Int32, _ operation: @autoclosure () -> String, path: String? = nil) throws -> Int32 {
    guard code < 0 else { return code }
    throw MediaIOError.from(code: code, operation: operation(), path: path)
}

/// Unwraps a libav allocation; `nil` becomes an ENOMEM `MediaIOError.libav`.
func allocated<T>(_ value: T?, _ operation: @autoclosure () -> String) throws -> T {
    guard let value else { throw MediaIOError.from(code: standin_averror(ENOMEM), operation: operation(), path: nil) }
    return value
}

import ControlAPI
import MediaIO

extension FileLimit {
    /// `limits` fitted into what this limit leaves the HTTP server (see `ConnectionLimits.fitting`).
    func fitting(_ limits: ConnectionLimits) -> ConnectionLimits {
        limits.fitting(fileLimit: soft, openFiles: openFiles)
    }
}

import Dispatch
import Foundation

/// On SIGINT or SIGTERM, removes the half-written files of a render and exits (130 / 143),
/// so an interrupted render leaves nothing behind that looks like output. Keep the returned
/// sources alive for as long as the files are being written.
func removingOnInterrupt(_ paths: [String]) -> [DispatchSourceSignal] {
    [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            printError("interrupted: removed the unfinished output")
            exit(128 + number)
        }
        source.resume()
        return source
    }
}
